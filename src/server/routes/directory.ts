import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  demonstrationPoint,
  demonstrationService,
  directorySchema,
  pointContactSchema,
  pointEntrySchema,
  serviceDetailsSchema,
  serviceEntrySchema,
  type Directory,
  type PointEntry,
  type ServiceEntry,
} from '../../domain/directory';
import { errorBodySchema } from '../../domain/sync-protocol';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import type { Catalogues } from '../catalogues';
import { municipalityOf } from '../municipalities';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** Referral codes whose slip line needs a service's details: every one in force not handled at the desk. */
async function serviceCodes(catalogues: Catalogues): Promise<string[]> {
  const catalogue = await catalogues.inForce();
  return catalogue.referrals.filter((r) => r.next !== 'none').map((r) => r.code);
}

const codeParams = z.object({ code: z.string() });
const idParams = z.object({ id: z.string() });

/** The service directory: read by tablets (for offline slips) and people, edited by admins. */
export async function directoryRoutes(
  app: FastifyInstance,
  { store, guards, catalogues }: RouteDeps,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/directory',
    {
      onRequest: guards.requireAnyone,
      schema: {
        summary: 'Contact details of every referral service, and of the points the caller may see',
        response: { 200: directorySchema },
      },
    },
    async (request) =>
      readDirectory(
        store,
        await serviceCodes(catalogues),
        await visiblePoints(store, request),
        request.device?.pointId,
      ),
  );
  api.put(
    '/api/v1/directory/services/:code',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: "Edit a referral service's contact details",
        params: codeParams,
        body: serviceDetailsSchema,
        response: { 200: serviceEntrySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      if (!(await serviceCodes(catalogues)).includes(code)) {
        throw new HttpError(
          404,
          errorCodes.unknownReferral,
          `The catalogue has no referral "${code}" that leads to another service`,
        );
      }
      const updatedAt = await store.saveService(code, request.body, request.account!.id);
      return { ...request.body, code, isDemonstration: false, updatedAt };
    },
  );
  api.put(
    '/api/v1/directory/points/:id',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary: "Edit an advice point's address, opening hours, phone and feedback address",
        params: idParams,
        body: pointContactSchema,
        response: { 200: pointEntrySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const point = await store.pointById(request.params.id);
      if (!point)
        throw new HttpError(404, errorCodes.unknownPoint, `No point "${request.params.id}"; create it first`);
      const updatedAt = await store.savePointContact(point.id, request.body, request.account!.id);
      return { ...request.body, pointId: point.id, name: point.name, isDemonstration: false, updatedAt };
    },
  );
}

/** A tablet sees its own point; a supervisor their points; an admin every point. */
async function visiblePoints(store: Store, request: FastifyRequest) {
  if (request.device) return store.listPoints([request.device.pointId]);
  const account = request.account!;
  return store.listPoints(account.role === 'admin' ? undefined : account.points);
}

/**
 * Edited entries where an admin saved them, demonstration details everywhere else. A tablet's
 * `services` are its own point's entries where the point has them, so its cached slips print those.
 */
async function readDirectory(
  store: Store,
  serviceCodes: string[],
  points: { id: string; name: string }[],
  devicePoint: string | undefined,
): Promise<Directory> {
  const pointIds = points.map((p) => p.id);
  const [services, contacts, own, municipalities] = await Promise.all([
    store.editedServices(),
    store.editedPoints(pointIds),
    store.pointServices(pointIds),
    store.pointMunicipalities(pointIds),
  ]);
  const countyWide = (code: string): ServiceEntry => {
    const edited = services.get(code);
    return edited
      ? { ...edited.details, code, isDemonstration: false, updatedAt: edited.updatedAt }
      : demonstrationService(code);
  };
  const pointsOwn = (pointId: string, code: string): ServiceEntry | undefined => {
    const edited = own.get(pointId)?.get(code);
    return (
      edited && { ...edited.details, code, pointId, isDemonstration: false, updatedAt: edited.updatedAt }
    );
  };
  return {
    services: serviceCodes.map(
      (code) => (devicePoint !== undefined ? pointsOwn(devicePoint, code) : undefined) ?? countyWide(code),
    ),
    points: points.map((point): PointEntry => {
      const edited = contacts.get(point.id);
      const served = (municipalities.get(point.id) ?? []).flatMap((code) => {
        const found = municipalityOf(code);
        return found ? [found] : [];
      });
      return edited
        ? {
            ...edited.details,
            pointId: point.id,
            name: point.name,
            municipalities: served,
            isDemonstration: false,
            updatedAt: edited.updatedAt,
          }
        : { ...demonstrationPoint(point.id, point.name), municipalities: served };
    }),
    pointServices: pointIds.flatMap((pointId) =>
      serviceCodes.flatMap((code) => pointsOwn(pointId, code) ?? []),
    ),
  };
}
