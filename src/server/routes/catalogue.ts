import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogueSchema } from '../../domain/catalogue';
import { versionHistorySchema } from '../../domain/catalogue-versions';
import { errorBodySchema } from '../../domain/sync-protocol';
import { catalogueWorkbook, XLSX_TYPE } from '../export/catalogue-xlsx';
import { HttpError } from '../http/http-error';
import type { RouteDeps } from './deps';

const versionParams = z.object({ version: z.string().min(1).max(64) });
const formatQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

/** The catalogue in force and every published version (the draft's routes are in catalogue-draft.ts). */
export async function catalogueRoutes(
  app: FastifyInstance,
  { store, guards, catalogues }: RouteDeps,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/catalogue',
    {
      onRequest: guards.requireAnyone,
      schema: { summary: 'The catalogue in force', response: { 200: catalogueSchema } },
    },
    async () => catalogues.inForce(),
  );
  api.get(
    '/api/v1/catalogue/versions',
    {
      onRequest: guards.requireRole('admin', 'supervisor'),
      schema: {
        summary: 'Every published catalogue version, newest first: who published it, when and what changed',
        response: { 200: versionHistorySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async () => {
      const versions = await store.catalogueVersions();
      return { inForce: versions[0]!.version, versions };
    },
  );
  api.get(
    '/api/v1/catalogue/versions/:version',
    {
      onRequest: guards.requireAnyone,
      schema: {
        summary: 'A published catalogue version (as JSON, or with ?format=xlsx as a spreadsheet)',
        params: versionParams,
        querystring: formatQuery,
        response: { 200: catalogueSchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const catalogue = await catalogues.byVersion(request.params.version);
      if (!catalogue) {
        throw new HttpError(
          404,
          'unknown-catalogue-version',
          `No catalogue version "${request.params.version}"`,
        );
      }
      if (request.query.format === 'json') return catalogue;
      const file = await catalogueWorkbook(catalogue);
      reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="catalogue-${catalogue.version}.xlsx"`)
        .header('cache-control', 'no-store');
      return (reply.send.bind(reply) as unknown as (payload: Buffer) => typeof reply)(file);
    },
  );
}
