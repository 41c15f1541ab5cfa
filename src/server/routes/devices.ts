import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deviceListSchema, enrolAnswerSchema, enrolSchema } from '../../domain/accounts-api';
import { hashToken, newToken, normaliseEnrolmentCode } from '../auth/tokens';
import { HttpError } from '../http/http-error';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** Tablet enrolment with a one-time code; admins list and revoke devices. */
export async function deviceRoutes(app: FastifyInstance, { store, guards }: RouteDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/devices/enrol',
    {
      schema: {
        summary: 'Enrol a tablet with a one-time code; the token is shown once',
        body: enrolSchema,
        response: { 201: enrolAnswerSchema },
      },
    },
    async (request, reply) => {
      const token = newToken();
      const device = await store.enrolDevice({
        codeHash: hashToken(normaliseEnrolmentCode(request.body.code)),
        deviceId: randomUUID(),
        label: request.body.label,
        tokenHash: hashToken(token),
      });
      if (device === 'locked') {
        throw new HttpError(
          401,
          errorCodes.enrolmentCodeLocked,
          'This enrolment code is locked after too many wrong tries; ask an administrator for a new one',
        );
      }
      if (!device) {
        throw new HttpError(
          401,
          errorCodes.badEnrolmentCode,
          'The enrolment code is unknown, already used or expired; ask an administrator for a new one',
        );
      }
      await store.audit({
        actorKind: 'device',
        actorId: device.id,
        action: 'device-enrolled',
        details: { pointId: device.pointId, label: device.label },
      });
      return reply.code(201).send({ deviceId: device.id, token, pointId: device.pointId });
    },
  );
  api.get(
    '/api/v1/devices',
    {
      onRequest: guards.requireRole('admin'),
      schema: { summary: 'All devices', response: { 200: deviceListSchema } },
    },
    async () => ({ devices: await store.listDevices() }),
  );
  api.post(
    '/api/v1/devices/:id/revoke',
    {
      onRequest: guards.requireRole('admin'),
      schema: { summary: 'Revoke a device: its token stops working', params: z.object({ id: z.string() }) },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await store.revokeDevice(id)))
        throw new HttpError(404, errorCodes.unknownDevice, `No device "${id}"`);
      await store.audit({
        actorKind: 'user',
        actorId: request.account!.id,
        action: 'device-revoked',
        details: { deviceId: id },
      });
      return reply.code(204).send();
    },
  );
}
