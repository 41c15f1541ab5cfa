import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { catalogueSchema } from '../../domain/catalogue';
import type { RouteDeps } from './deps';

/** GET /api/v1/catalogue: the catalogue in force, for any signed-in person or device. */
export async function catalogueRoutes(
  app: FastifyInstance,
  { guards, catalogues }: RouteDeps,
): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/catalogue',
    {
      onRequest: guards.requireAnyone,
      schema: { summary: 'The catalogue in force', response: { 200: catalogueSchema } },
    },
    async () => catalogues.inForce(),
  );
}
