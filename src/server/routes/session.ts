import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionSchema, signInAnswerSchema, signInSchema } from '../../domain/accounts-api';
import { errorBodySchema } from '../../domain/sync-protocol';
import { SESSION_COOKIE } from '../auth/guards';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/tokens';
import { HttpError } from '../http/http-error';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** Sessions last a working day and a bit; a supervisor signs in again the next morning. */
export const SESSION_HOURS = 12;

/** POST/GET/DELETE /api/v1/session: sign in, who am I, sign out. */
export async function sessionRoutes(
  app: FastifyInstance,
  { store, guards, clock, loginThrottle }: RouteDeps,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/session',
    {
      schema: {
        summary: 'Sign in; sets an HttpOnly SameSite=Strict cookie and returns the token',
        body: signInSchema,
        response: { 200: signInAnswerSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const wait = loginThrottle.retryAfterSeconds(request.ip, username);
      if (wait > 0) {
        throw new HttpError(
          429,
          errorCodes.tooManyLoginFailures,
          `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minutes`,
          {
            'retry-after': String(wait),
          },
        );
      }
      const user = await store.userByName(username);
      // Verify against a dummy hash for unknown names so timing does not tell which names exist.
      const isValid = await verifyPassword(password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
      if (!user || !isValid) {
        loginThrottle.recordFailure(request.ip, username);
        await store.audit({
          actorKind: 'anonymous',
          actorId: null,
          action: 'login-failed',
          details: { username, ip: request.ip },
        });
        throw new HttpError(401, errorCodes.badCredentials, 'The username or password is wrong');
      }
      const token = newToken();
      const expiresAt = new Date(clock().getTime() + SESSION_HOURS * 3600_000);
      await store.createSession(user.id, hashToken(token), expiresAt);
      await store.audit({
        actorKind: 'user',
        actorId: user.id,
        action: 'login',
        details: { username, ip: request.ip },
      });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: 'auto',
        path: '/',
        expires: expiresAt,
      });
      return { token, role: user.role };
    },
  );
  api.get(
    '/api/v1/session',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      schema: { summary: 'Who is signed in', response: { 200: sessionSchema } },
    },
    async (request) => {
      const account = request.account!;
      return { role: account.role, username: account.username, points: account.points };
    },
  );
  api.delete(
    '/api/v1/session',
    { onRequest: guards.requireRole('admin', 'supervisor'), schema: { summary: 'Sign out' } },
    async (request, reply) => {
      const token =
        /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? request.cookies[SESSION_COOKIE];
      if (token) await store.deleteSession(hashToken(token));
      await store.audit({ actorKind: 'user', actorId: request.account!.id, action: 'logout' });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
}
