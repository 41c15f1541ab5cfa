import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceDetailsSchema, serviceEntrySchema } from '../../domain/directory';
import { errorCodes } from '../../domain/error-codes';
import {
  municipalityListSchema,
  municipalitySchema,
  pointMunicipalitiesInputSchema,
} from '../../domain/municipalities';
import { errorBodySchema } from '../../domain/sync-protocol';
import { HttpError } from '../http/http-error';
import { municipalityList, municipalityOf } from '../municipalities';
import type { RouteDeps } from './deps';

const pointParams = z.object({ id: z.string() });
const serviceParams = z.object({ id: z.string(), code: z.string() });

/** The per-point directory: a referral's contact at one point, and the municipalities a point serves. */
export async function pointDirectoryRoutes(
  app: FastifyInstance,
  { store, guards, catalogues }: RouteDeps,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = guards.requireRole('admin');
  const pointOf = async (id: string) => {
    const point = await store.pointById(id);
    if (!point) throw new HttpError(404, errorCodes.unknownPoint, `No point "${id}"; create it first`);
    return point;
  };
  const referralOf = async (code: string) => {
    const catalogue = await catalogues.inForce();
    if (!catalogue.referrals.some((r) => r.code === code && r.next !== 'none')) {
      throw new HttpError(
        404,
        errorCodes.unknownReferral,
        `The catalogue has no referral "${code}" that leads to another service`,
      );
    }
  };
  api.get(
    '/api/v1/municipalities',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      schema: {
        summary:
          "Statistics Finland's municipalities (code, Finnish and Swedish name), with the data's year and source",
        response: { 200: municipalityListSchema },
      },
    },
    async () => municipalityList,
  );
  api.put(
    '/api/v1/directory/points/:id/services/:code',
    {
      onRequest: admin,
      schema: {
        summary:
          "A referral service's contact details at this point, printed on its slips instead of the county-wide ones",
        params: serviceParams,
        body: serviceDetailsSchema,
        response: { 200: serviceEntrySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { id, code } = request.params;
      const point = await pointOf(id);
      await referralOf(code);
      const updatedAt = await store.savePointService(point.id, code, request.body, request.account!.id);
      return { ...request.body, code, pointId: point.id, isDemonstration: false, updatedAt };
    },
  );
  api.delete(
    '/api/v1/directory/points/:id/services/:code',
    {
      onRequest: admin,
      schema: {
        summary:
          "Remove a point's own contact details of a service: its slips print the county-wide ones again",
        params: serviceParams,
      },
    },
    async (request, reply) => {
      const { id, code } = request.params;
      const point = await pointOf(id);
      if (!(await store.removePointService(point.id, code, request.account!.id))) {
        throw new HttpError(
          404,
          errorCodes.notFound,
          `Point "${id}" has no details of its own for "${code}"`,
        );
      }
      return reply.code(204).send();
    },
  );
  api.put(
    '/api/v1/directory/points/:id/municipalities',
    {
      onRequest: admin,
      schema: {
        summary:
          'The municipalities a point serves (Statistics Finland codes), offered by its desk’s municipality question',
        params: pointParams,
        body: pointMunicipalitiesInputSchema,
        response: {
          200: z.object({ pointId: z.string(), municipalities: z.array(municipalitySchema) }),
          400: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => {
      const point = await pointOf(request.params.id);
      const codes = [...request.body.codes].sort();
      const unknown = codes.filter((code) => !municipalityOf(code));
      if (unknown.length > 0) {
        throw new HttpError(
          400,
          errorCodes.unknownMunicipality,
          `Not a municipality code of ${municipalityList.year}: ${unknown.join(', ')}`,
        );
      }
      await store.savePointMunicipalities(point.id, codes, request.account!.id);
      return { pointId: point.id, municipalities: codes.map((code) => municipalityOf(code)!) };
    },
  );
}
