import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  recoveryCodesSchema,
  secondFactorConfirmSchema,
  secondFactorStartSchema,
} from '../../domain/accounts-api';
import { errorCodes } from '../../domain/error-codes';
import { errorBodySchema } from '../../domain/sync-protocol';
import { refuseWhileThrottled } from '../auth/login-throttle';
import {
  hashRecoveryCode,
  isTotpCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  verifiedTotpStep,
} from '../auth/second-factor';
import { HttpError } from '../http/http-error';
import type { UserRow } from '../store/schema';
import type { RouteDeps } from './deps';

/**
 * At sign-in, for a person with a confirmed second factor: the TOTP code (each good once) or an
 * unused recovery code. Without a code: 401 second-factor-required (the password was right, so
 * this is no failure); a wrong code counts as a failed sign-in. Returns which kind was used.
 */
export async function checkSecondFactor(
  { store, clock, loginThrottle, secretSealer }: RouteDeps,
  user: UserRow,
  code: string | undefined,
  ip: string,
): Promise<'totp' | 'recovery-code' | undefined> {
  if (user.totp_confirmed_at === null) return undefined;
  if (code === undefined) {
    throw new HttpError(
      401,
      errorCodes.secondFactorRequired,
      'Give the 6-digit code from your authenticator app, or one of your recovery codes',
    );
  }
  const stored = (await store.secondFactorOf(user.id))!;
  if (isTotpCode(code)) {
    const step = verifiedTotpStep(
      secretSealer.open(stored.sealedSecret!),
      code.replace(/\s/g, ''),
      clock(),
      stored.lastStep,
    );
    if (step !== undefined && (await store.takeTotpStep(user.id, step))) return 'totp';
  } else if (await store.useRecoveryCode(user.id, hashRecoveryCode(user.id, code))) {
    return 'recovery-code';
  }
  loginThrottle.recordFailure(ip, user.username);
  throw new HttpError(
    401,
    errorCodes.badSecondFactorCode,
    'The code is wrong or already used; give the code your app shows now, or an unused recovery code',
  );
}

const byName = z.object({ username: z.string().check(z.minLength(1), z.maxLength(100)) });

/** Enrol your own second factor (start, confirm), and an admin's reset of someone else's. */
export async function secondFactorRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards, clock, loginThrottle, secretSealer } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/session/second-factor',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      config: { isOpenBeforePasswordChange: true },
      schema: {
        summary:
          'Start enrolling a second factor (TOTP): a new secret to show as a QR code and as text; confirm it with PUT',
        response: { 201: secondFactorStartSchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const account = request.account!;
      const secret = newTotpSecret();
      if (!(await store.startSecondFactor(account.id, secretSealer.seal(secret)))) {
        throw new HttpError(
          409,
          errorCodes.secondFactorExists,
          'You already have a second factor; to move it to a new phone, ask an admin to reset it',
        );
      }
      return reply.code(201).send({ secret, uri: totpUri(account.username, secret) });
    },
  );

  api.put(
    '/api/v1/session/second-factor',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      config: { isOpenBeforePasswordChange: true },
      schema: {
        summary:
          'Confirm the second factor with a code from the app; answers the 10 one-time recovery codes, shown this once',
        body: secondFactorConfirmSchema,
        response: {
          200: recoveryCodesSchema,
          400: errorBodySchema,
          409: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request) => {
      const account = request.account!;
      refuseWhileThrottled(loginThrottle, request.ip, account.username);
      const stored = (await store.secondFactorOf(account.id))!;
      if (stored.isConfirmed) {
        throw new HttpError(409, errorCodes.secondFactorExists, 'Your second factor is already set up');
      }
      if (stored.sealedSecret === null) {
        throw new HttpError(400, errorCodes.badSecondFactorCode, 'Start setting up the second factor first');
      }
      const step = verifiedTotpStep(
        secretSealer.open(stored.sealedSecret),
        request.body.code.replace(/\s/g, ''),
        clock(),
        null,
      );
      if (step === undefined) {
        loginThrottle.recordFailure(request.ip, account.username);
        throw new HttpError(
          400,
          errorCodes.badSecondFactorCode,
          'The code is not the one the app shows now; check that the phone’s clock is right and try the next code',
        );
      }
      const recoveryCodes = newRecoveryCodes();
      await store.confirmSecondFactor(
        account.id,
        step,
        recoveryCodes.map((code) => hashRecoveryCode(account.id, code)),
      );
      await store.audit({ actorKind: 'user', actorId: account.id, action: 'second-factor-enrolled' });
      return { recoveryCodes };
    },
  );

  api.delete(
    '/api/v1/users/:username/second-factor',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary:
          "Reset someone's second factor (a lost phone): it and their recovery codes are removed and their sessions end",
        params: byName,
        response: { 204: z.null(), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await store.userByName(request.params.username);
      if (!user) throw new HttpError(404, errorCodes.unknownUser, `No user "${request.params.username}"`);
      await store.resetSecondFactor(user.id);
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'second-factor-reset',
        details: { username: user.username },
      });
      return reply.code(204).send(null);
    },
  );
}
