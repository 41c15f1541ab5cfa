import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { catalogueSchema, referenceCatalogue, type Catalogue } from '../../domain/catalogue';
import type { RouteDeps } from './deps';

/** Catalogues this server accepts visits from, by version. Only the reference one for now. */
export const knownCatalogues: ReadonlyMap<string, Catalogue> = new Map([
  [referenceCatalogue.version, referenceCatalogue],
]);

/** The catalogue in force. */
export const currentCatalogue: Catalogue = referenceCatalogue;

/** GET /api/v1/catalogue: the catalogue in force, for any signed-in person or device. */
export async function catalogueRoutes(app: FastifyInstance, { guards }: RouteDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/catalogue',
    {
      onRequest: guards.requireAnyone,
      schema: { summary: 'The catalogue in force', response: { 200: catalogueSchema } },
    },
    async () => currentCatalogue,
  );
}
