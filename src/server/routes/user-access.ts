import { errorCodes } from '../../domain/error-codes';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountChangeSchema,
  accountSchema,
  passwordResetSchema,
  sessionListSchema,
} from '../../domain/accounts-api';
import { errorBodySchema } from '../../domain/sync-protocol';
import { hashPassword } from '../auth/password';
import { requireStrongPassword } from '../auth/password-rules';
import { HttpError } from '../http/http-error';
import { LastAdminError } from '../store/account-queries';
import type { UserRow } from '../store/schema';
import type { RouteDeps } from './deps';
import { requireKnownPoints } from './users';

const byName = z.object({ username: z.string().check(z.minLength(1), z.maxLength(100)) });

/**
 * An account's life after creation, all admin-only and audited: role, points, disable/enable
 * (ends their sessions at once), a password they must change, and their sessions.
 */
export async function userAccessRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards, passwordCost } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const userNamed = async (username: string): Promise<UserRow> => {
    const user = await store.userByName(username);
    if (!user) throw new HttpError(404, errorCodes.unknownUser, `No user "${username}"`);
    return user;
  };

  api.patch(
    '/api/v1/users/:username',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: "Change a user's role, points or disabled state; the last active admin stays",
        params: byName,
        body: accountChangeSchema,
        response: { 200: accountSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const user = await userNamed(request.params.username);
      const change = request.body;
      const points = change.points && [...new Set(change.points)];
      if (points) await requireKnownPoints(deps, points);
      try {
        await store.changeUser(user.id, { ...change, points });
      } catch (error) {
        if (error instanceof LastAdminError) throw new HttpError(409, errorCodes.lastAdmin, error.message);
        throw error;
      }
      const actions = [
        change.role !== undefined &&
          change.role !== user.role && { action: 'user-role-changed', role: change.role },
        points && { action: 'user-points-changed', points },
        change.isDisabled === true && { action: 'user-disabled' },
        change.isDisabled === false && { action: 'user-enabled' },
      ].filter((a) => a !== false && a !== undefined);
      for (const { action, ...details } of actions) {
        await store.audit({
          actorKind: 'user',
          actorId: request.account!.id,
          action,
          details: { username: user.username, ...details },
        });
      }
      const after = (await store.listUsers()).find((u) => u.id === user.id)!;
      return {
        username: after.username,
        role: after.role,
        points: after.points,
        isDisabled: after.isDisabled,
        mustChangePassword: after.mustChangePassword,
        hasSecondFactor: after.hasSecondFactor,
        lastSignInAt: after.lastSignInAt,
      };
    },
  );

  api.post(
    '/api/v1/users/:username/password',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: 'Set a new password for someone; they must change it at their next sign-in',
        params: byName,
        body: passwordResetSchema,
        response: { 204: z.null(), 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await userNamed(request.params.username);
      requireStrongPassword(request.body.password, user.username);
      await store.setPassword(user.id, await hashPassword(request.body.password, passwordCost), {
        mustChange: true,
      });
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'password-reset',
        details: { username: user.username },
      });
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/users/:username/sessions',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: "A user's signed-in sessions",
        params: byName,
        response: { 200: sessionListSchema },
      },
    },
    async (request) => ({
      sessions: await store.listSessions((await userNamed(request.params.username)).id),
    }),
  );

  api.delete(
    '/api/v1/users/:username/sessions/:id',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: "End one of a user's sessions",
        params: z.object({ username: byName.shape.username, id: z.string().check(z.maxLength(64)) }),
        response: { 204: z.null(), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await userNamed(request.params.username);
      if ((await store.endSessions(user.id, request.params.id)) === 0) {
        throw new HttpError(404, errorCodes.unknownSession, 'No such session; it may have ended already');
      }
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'session-ended',
        details: { username: user.username, session: request.params.id },
      });
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/v1/users/:username/sessions',
    {
      onRequest: guards.requireRole('admin'),
      schema: { summary: "End all of a user's sessions", params: byName },
    },
    async (request, reply) => {
      const user = await userNamed(request.params.username);
      const count = await store.endSessions(user.id);
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'session-ended',
        details: { username: user.username, count },
      });
      return reply.code(204).send(null);
    },
  );
}
