import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  batchRequestSchema,
  batchResponseSchema,
  errorBodySchema,
  MAX_BATCH_BYTES,
  type VisitResult,
} from '../../domain/sync-protocol';
import type { Visit } from '../../domain/visit';
import type { IngestOutcome } from '../store/visit-queries';
import { hashToken } from '../auth/tokens';
import type { RouteDeps } from './deps';
import { visitChecker, type VisitCheck } from './visit-checks';

/** The batch route's URL, also used to audit batches refused before the handler runs. */
export const BATCH_URL = '/api/v1/visits/batch';

/** POST /api/v1/visits/batch: a device sends 1..500 visits; one result per visit, in order, after commit. */
export async function visitRoutes(
  app: FastifyInstance,
  { store, catalogues, guards, clock, batchesPerMinute, metrics }: RouteDeps,
): Promise<void> {
  const checkBatch = visitChecker(catalogues, clock);
  app.withTypeProvider<ZodTypeProvider>().post(
    BATCH_URL,
    {
      onRequest: guards.requireDevice,
      bodyLimit: MAX_BATCH_BYTES,
      config: {
        rateLimit: {
          max: batchesPerMinute,
          timeWindow: 60_000,
          // Per device token (hashed so the limiter's memory never holds a usable token).
          keyGenerator: (request) => hashToken(request.headers.authorization ?? request.ip),
        },
      },
      schema: {
        summary: 'Send visits from a tablet (1..500); each gets accepted, duplicate or rejected',
        body: batchRequestSchema,
        response: {
          200: batchResponseSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          413: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request) => {
      const device = request.device!;
      const checks: VisitCheck[] = await checkBatch(request.body.visits, device.pointId);
      const valid = checks.flatMap((c) => (c.isValid ? [c.visit] : []));
      let outcomes = new Map<Visit, IngestOutcome>();
      if (valid.length > 0) outcomes = await store.ingestVisits(device.id, valid);
      else await store.markDeviceSynced(device.id);
      const results: VisitResult[] = checks.map((c) => {
        if (!c.isValid) return { id: c.id, status: 'rejected', reason: c.reason };
        const outcome = outcomes.get(c.visit)!;
        return outcome.status === 'rejected'
          ? { id: c.visit.id, status: 'rejected', reason: outcome.reason }
          : { id: c.visit.id, status: outcome.status };
      });
      for (const r of results) metrics.visits.inc({ outcome: r.status });
      metrics.batches.inc();
      const rejected = results.filter((r) => r.status === 'rejected');
      if (rejected.length > 0) {
        await store.audit({
          actorKind: 'device',
          actorId: device.id,
          action: 'visits-rejected',
          // Ids and reasons only: never the visits' contents.
          details: {
            pointId: device.pointId,
            count: rejected.length,
            of: results.length,
            rejected: rejected.slice(0, 50).map(({ id, reason }) => ({ id, reason })),
          },
        });
      }
      return { results };
    },
  );
}
