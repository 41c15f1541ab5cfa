import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { setupSchema, setupStatusSchema } from '../../domain/accounts-api';
import { hashPassword } from '../auth/password';
import { requireStrongPassword } from '../auth/password-rules';
import { hashToken, normaliseEnrolmentCode } from '../auth/tokens';
import type { SetupCodeCheck } from '../store/setup-queries';
import { assertNever } from '../../domain/assert-never';
import { HttpError } from '../http/http-error';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** GET /api/v1/setup says whether the first admin is still to be created; POST creates it with the printed code. */
export async function setupRoutes(
  app: FastifyInstance,
  { store, setup, passwordCost }: RouteDeps,
): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/setup',
    {
      schema: {
        summary:
          'Whether this server still waits for its first admin (the sign-in page then offers the setup form)',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ isNeeded: setup.code !== null && !(await store.hasAdmin()) }),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/setup',
    {
      schema: {
        summary: 'Create the first admin with the one-time setup code printed by the server',
        body: setupSchema,
      },
    },
    async (request, reply) => {
      if (await store.hasAdmin()) {
        throw new HttpError(
          409,
          errorCodes.alreadySetUp,
          'This server already has an admin; sign in instead',
        );
      }
      requireStrongPassword(request.body.password, request.body.username);
      const check = await store.useSetupCode(hashToken(normaliseEnrolmentCode(request.body.code)));
      if (check !== 'right') {
        throw new HttpError(401, errorCodes.badSetupCode, setupRefusal(check));
      }
      setup.code = null;
      const admin = await store.createUser({
        username: request.body.username,
        passwordHash: await hashPassword(request.body.password, passwordCost),
        role: 'admin',
        points: [],
      });
      await store.audit({
        actorKind: 'user',
        actorId: admin.id,
        action: 'admin-set-up',
        details: { username: admin.username },
      });
      return reply.code(201).send({ username: admin.username, role: admin.role });
    },
  );
}

/** Why a setup code was refused, and what to do. */
function setupRefusal(check: Exclude<SetupCodeCheck, 'right'>): string {
  switch (check) {
    case 'expired':
      return 'This setup code has expired (codes last 24 hours); restart the server to print a new one';
    case 'locked':
      return 'This setup code is locked after too many wrong tries; restart the server to print a new one';
    case 'wrong':
      return 'The setup code is wrong; use the code the server printed when it started';
    default:
      return assertNever(check);
  }
}
