import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountListSchema, accountSchema, newUserSchema } from '../../domain/accounts-api';
import { errorBodySchema } from '../../domain/sync-protocol';
import { hashPassword } from '../auth/password';
import { requireStrongPassword } from '../auth/password-rules';
import { HttpError } from '../http/http-error';
import { UsernameTakenError } from '../store/account-queries';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** 400 unless every point exists: a supervisor of a point that does not exist would see nothing. */
export async function requireKnownPoints(deps: RouteDeps, points: string[]): Promise<void> {
  const known = new Set((await deps.store.listPoints(points)).map((p) => p.id));
  const unknown = points.filter((p) => !known.has(p));
  if (unknown.length > 0)
    throw new HttpError(
      400,
      errorCodes.unknownPoint,
      `No such point: ${unknown.join(', ')}; create it first`,
    );
}

/** POST/GET /api/v1/users: admins create supervisors (with their points) and other admins. */
export async function userRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards, passwordCost } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/users',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: 'Create a user',
        body: newUserSchema,
        response: { 201: accountSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username, password, role, points } = request.body;
      await requireKnownPoints(deps, points);
      requireStrongPassword(password, username);
      try {
        const account = await store.createUser({
          username,
          passwordHash: await hashPassword(password, passwordCost),
          role,
          points: [...new Set(points)],
        });
        await store.audit({
          actorKind: 'user',
          actorId: request.account!.id,
          action: 'user-created',
          details: { username, role, points },
        });
        return reply
          .code(201)
          .send({ username: account.username, role: account.role, points: account.points });
      } catch (error) {
        if (error instanceof UsernameTakenError)
          throw new HttpError(409, errorCodes.usernameTaken, error.message);
        throw error;
      }
    },
  );
  api.get(
    '/api/v1/users',
    {
      onRequest: guards.requireRole('admin'),
      schema: { summary: 'List users', response: { 200: accountListSchema } },
    },
    async () => ({
      users: (await store.listUsers()).map(
        ({ username, role, points, isDisabled, mustChangePassword, hasSecondFactor, lastSignInAt }) => ({
          username,
          role,
          points,
          isDisabled,
          mustChangePassword,
          hasSecondFactor,
          lastSignInAt,
        }),
      ),
    }),
  );
}
