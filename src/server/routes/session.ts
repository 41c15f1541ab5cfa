import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  passwordChangeSchema,
  sessionSchema,
  signInAnswerSchema,
  signInSchema,
} from '../../domain/accounts-api';
import { errorBodySchema } from '../../domain/sync-protocol';
import { SESSION_COOKIE } from '../auth/guards';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password';
import { requireStrongPassword } from '../auth/password-rules';
import { refuseWhileThrottled as refuseThrottled } from '../auth/login-throttle';
import { hashToken, newToken } from '../auth/tokens';
import { checkSecondFactor } from './second-factor';
import { HttpError } from '../http/http-error';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** Sessions last a working day and a bit; a supervisor signs in again the next morning. */
export const SESSION_HOURS = 12;

/** The session token the request carries (Bearer or cookie). */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return (
    /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? request.cookies[SESSION_COOKIE]
  );
}

/** POST/GET/DELETE /api/v1/session: sign in, who am I, sign out; PUT …/password: change your own. */
export async function sessionRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards, clock, loginThrottle, passwordCost, isAdminSecondFactorRequired } = deps;
  const mustEnrol = (role: string, hasSecondFactor: boolean) =>
    isAdminSecondFactorRequired && role === 'admin' && !hasSecondFactor;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const refuseWhileThrottled = (ip: string, username: string) => refuseThrottled(loginThrottle, ip, username);
  api.post(
    '/api/v1/session',
    {
      schema: {
        summary:
          "Sign in (with the second factor's code once one is enrolled); sets an HttpOnly SameSite=Strict cookie and returns the token",
        body: signInSchema,
        response: { 200: signInAnswerSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      refuseWhileThrottled(request.ip, username);
      const user = await store.userByName(username);
      // Verify against a dummy hash for unknown names so timing does not tell which names exist.
      const check = await verifyPassword(
        password,
        user?.password_hash ?? dummyPasswordHash(passwordCost),
        passwordCost,
      );
      if (!user || !check.isValid) {
        // Counted with the other refusals of this address (one audit row a minute), not one by one.
        loginThrottle.recordFailure(request.ip, username);
        throw new HttpError(401, errorCodes.badCredentials, 'The username or password is wrong');
      }
      // Said only to someone who knows the password: it tells them whom to ask.
      if (user.disabled_at !== null) {
        await store.audit({
          actorKind: 'user',
          actorId: user.id,
          action: 'login-disabled',
          details: { ip: request.ip },
        });
        throw new HttpError(
          401,
          errorCodes.accountDisabled,
          'This account has been disabled; ask an administrator',
        );
      }
      // Asked of everyone who enrolled one; wrong codes are throttled like wrong passwords.
      const secondFactor = await checkSecondFactor(deps, user, request.body.code, request.ip);
      if (check.isOutdated) await store.rehashPassword(user.id, await hashPassword(password, passwordCost));
      const token = newToken();
      const expiresAt = new Date(clock().getTime() + SESSION_HOURS * 3600_000);
      await store.createSession(user.id, hashToken(token), expiresAt);
      await store.audit({
        actorKind: 'user',
        actorId: user.id,
        action: 'login',
        details: {
          username,
          ip: request.ip,
          ...(secondFactor && { secondFactor }),
          ...(check.isOutdated && { rehashed: true }),
        },
      });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: 'auto',
        path: '/',
        expires: expiresAt,
      });
      return {
        token,
        role: user.role,
        mustChangePassword: user.must_change_password === 1,
        mustEnrolSecondFactor: mustEnrol(user.role, user.totp_confirmed_at !== null),
      };
    },
  );
  api.get(
    '/api/v1/session',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      config: { isOpenBeforePasswordChange: true },
      schema: { summary: 'Who is signed in', response: { 200: sessionSchema } },
    },
    async (request) => {
      const account = request.account!;
      return {
        role: account.role,
        username: account.username,
        points: account.points,
        mustChangePassword: account.mustChangePassword,
        hasSecondFactor: account.hasSecondFactor,
        mustEnrolSecondFactor: mustEnrol(account.role, account.hasSecondFactor),
      };
    },
  );
  api.put(
    '/api/v1/session/password',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      config: { isOpenBeforePasswordChange: true },
      schema: {
        summary: 'Change your own password (give the current one); your other sessions end',
        body: passwordChangeSchema,
        response: { 204: z.null(), 400: errorBodySchema, 403: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const account = request.account!;
      refuseWhileThrottled(request.ip, account.username);
      const user = (await store.userById(account.id))!;
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(currentPassword, user.password_hash, passwordCost)).isValid) {
        loginThrottle.recordFailure(request.ip, account.username);
        throw new HttpError(
          403,
          errorCodes.wrongCurrentPassword,
          'The current password is wrong; nothing was changed',
        );
      }
      if (newPassword === currentPassword) {
        throw new HttpError(400, errorCodes.samePassword, 'Choose a password different from the current one');
      }
      requireStrongPassword(newPassword, account.username);
      await store.setPassword(account.id, await hashPassword(newPassword, passwordCost), {
        mustChange: false,
        keepSession: hashToken(sessionTokenOf(request)!),
      });
      await store.audit({ actorKind: 'user', actorId: account.id, action: 'password-changed' });
      return reply.code(204).send(null);
    },
  );
  api.delete(
    '/api/v1/session',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      config: { isOpenBeforePasswordChange: true },
      schema: { summary: 'Sign out' },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await store.deleteSession(hashToken(token));
      await store.audit({ actorKind: 'user', actorId: request.account!.id, action: 'logout' });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
}
