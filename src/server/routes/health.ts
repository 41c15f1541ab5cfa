import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.enum(['ready', 'not-ready']), reason: z.string().optional() });

/**
 * GET /healthz: the process answers (a supervisor restarts it when not). GET /readyz: this instance
 * should get requests: its database answers, is migrated, and it is not shutting down (a load
 * balancer stops sending when not).
 */
export async function healthRoutes(
  app: FastifyInstance,
  { store, isShuttingDown }: { store: Store; isShuttingDown: () => boolean },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/healthz',
    { schema: { summary: 'Liveness: the process answers', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  api.get(
    '/readyz',
    {
      schema: {
        summary:
          'Readiness: the database answers and is migrated, and the instance is not shutting down (503 otherwise)',
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      if (isShuttingDown()) {
        return reply.code(503).send({ status: 'not-ready', reason: 'shutting down' });
      }
      const readiness = await store.readiness();
      if (!readiness.isReady) return reply.code(503).send({ status: 'not-ready', reason: readiness.reason });
      return { status: 'ready' as const };
    },
  );
}
