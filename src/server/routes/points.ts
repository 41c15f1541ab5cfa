import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enrolmentCodeSchema, newPointSchema, pointListSchema } from '../../domain/accounts-api';
import { pointSchema } from '../../domain/point';
import { errorBodySchema } from '../../domain/sync-protocol';
import { hashToken, newEnrolmentCode } from '../auth/tokens';
import { HttpError } from '../http/http-error';
import { municipalityOf } from '../municipalities';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** Enrolment codes live at most this long (the contract says ≤ 15 minutes). */
export const ENROLMENT_MINUTES = 15;

const params = z.object({ id: z.string() });

/** Points, and enrolment codes for a point. */
export async function pointRoutes(app: FastifyInstance, { store, guards, clock }: RouteDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/points',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: 'Create a point',
        body: newPointSchema,
        response: { 201: pointSchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!(await store.createPoint(request.body))) {
        throw new HttpError(
          409,
          errorCodes.pointExists,
          `A point with id "${request.body.id}" already exists`,
        );
      }
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'point-created',
        details: { pointId: request.body.id },
      });
      return reply.code(201).send(request.body);
    },
  );
  api.get(
    '/api/v1/points',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      schema: {
        summary: 'Points: all for admins, their own for supervisors',
        response: { 200: pointListSchema },
      },
    },
    async (request) => {
      const account = request.account!;
      return { points: await store.listPoints(account.role === 'admin' ? undefined : account.points) };
    },
  );
  api.get(
    '/api/v1/points/:id',
    {
      onRequest: guards.requireAnyone,
      schema: {
        summary: 'One point with the municipalities it serves (a tablet may read its own)',
        params,
        response: { 200: pointSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const mayRead = request.device
        ? request.device.pointId === id
        : request.account!.role === 'admin' || request.account!.points.includes(id);
      if (!mayRead) throw new HttpError(403, errorCodes.notYourPoint, `You may not read point "${id}"`);
      const point = await store.pointById(id);
      if (!point) throw new HttpError(404, errorCodes.unknownPoint, `No point "${id}"`);
      const served = (await store.pointMunicipalities([id])).get(id) ?? [];
      return {
        id: point.id,
        name: point.name,
        municipalities: served.flatMap((code) => municipalityOf(code) ?? []),
      };
    },
  );
  api.post(
    '/api/v1/points/:id/enrolments',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: 'A one-time code to enrol a tablet at the point',
        params,
        response: { 201: enrolmentCodeSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await store.pointById(id)))
        throw new HttpError(404, errorCodes.unknownPoint, `No point "${id}"; create it first`);
      const code = newEnrolmentCode();
      const expiresAt = new Date(clock().getTime() + ENROLMENT_MINUTES * 60_000);
      await store.createEnrolment(id, hashToken(code), expiresAt);
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'enrolment-code-created',
        details: { pointId: id },
      });
      return reply.code(201).send({ code, expiresAt: expiresAt.toISOString() });
    },
  );
}
