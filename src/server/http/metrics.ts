import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { Store } from '../store/store';
import { errorCodes } from '../../domain/error-codes';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Devices by time since their last sync, in the admin's words: the bands a dashboard alerts on. */
const SYNC_AGE_BANDS: { band: string; underHours: number }[] = [
  { band: 'under-1h', underHours: 1 },
  { band: 'under-24h', underHours: 24 },
  { band: 'under-7d', underHours: 24 * 7 },
  { band: '7d-or-more', underHours: Number.POSITIVE_INFINITY },
];

/**
 * This instance's metrics in a registry of its own (each instance is scraped on its own: counters
 * summed by a load balancer's round robin would jump about).
 */
export function createMetrics(store: Store, clock: () => Date) {
  const registry = new client.Registry();
  const labels = ['method', 'route', 'status'] as const;
  const metrics = {
    registry,
    requests: new client.Counter({
      name: 'neuvo_http_requests_total',
      help: 'HTTP requests answered, by route template and status',
      labelNames: labels,
      registers: [registry],
    }),
    requestSeconds: new client.Histogram({
      name: 'neuvo_http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames: labels,
      buckets: SECONDS_BUCKETS,
      registers: [registry],
    }),
    visits: new client.Counter({
      name: 'neuvo_visits_total',
      help: 'Visits received from tablets, by outcome (accepted, duplicate, rejected)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    batches: new client.Counter({
      name: 'neuvo_visit_batches_total',
      help: 'Visit batches answered with results (each after its commit)',
      registers: [registry],
    }),
    refused: new client.Counter({
      name: 'neuvo_requests_refused_total',
      help: 'Requests refused (401, 403, 429) by route group (the path segment after /api/v1/) and reason (the error code)',
      labelNames: ['status', 'route_group', 'reason'] as const,
      registers: [registry],
    }),
    tallies: new client.Counter({
      name: 'neuvo_tallies_total',
      help: 'Tallies served, by format (json on screen; csv and xlsx are exports)',
      labelNames: ['format'] as const,
      registers: [registry],
    }),
  };
  new client.Gauge({
    name: 'neuvo_db_pool_connections',
    help: 'PostgreSQL connections of this instance, by state (total, idle, waiting callers)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = store.poolUse();
      if (!use) return;
      for (const [state, value] of Object.entries(use)) this.set({ state }, value);
    },
  });
  new client.Gauge({
    name: 'neuvo_devices',
    help: 'Enrolled, unrevoked devices by time since their last sync (never: enrolled, not yet synced)',
    labelNames: ['last_sync'] as const,
    registers: [registry],
    async collect() {
      const now = clock().getTime();
      const counts = new Map<string, number>(
        [...SYNC_AGE_BANDS.map((b) => b.band), 'never'].map((b) => [b, 0]),
      );
      for (const device of await store.listDevices()) {
        if (device.revokedAt) continue;
        const hours = device.lastSyncAt ? (now - Date.parse(device.lastSyncAt)) / 3_600_000 : undefined;
        const band = hours === undefined ? 'never' : SYNC_AGE_BANDS.find((b) => hours < b.underHours)!.band;
        counts.set(band, counts.get(band)! + 1);
      }
      for (const [band, count] of counts) this.set({ last_sync: band }, count);
    },
  });
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Count every answered request by route template (never the raw URL: ids would explode the labels). */
export function countRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.requestSeconds.observe(labels, reply.elapsedTime / 1000);
    if (route === '/api/v1/tallies' && reply.statusCode === 200) {
      const format = (request.query as { format?: string }).format ?? 'json';
      metrics.tallies.inc({ format });
    }
  });
}

/** A refused request's route group: `/api/v1/visits/batch` → `visits`; unknown routes → `unmatched`. */
export function routeGroupOf(route: string | undefined): string {
  if (route === undefined) return 'unmatched';
  return /^\/api\/v1\/([a-z-]+)/.exec(route)?.[1] ?? 'other';
}

const sameToken = (given: string, wanted: string) =>
  given.length === wanted.length && timingSafeEqual(Buffer.from(given), Buffer.from(wanted));

/**
 * GET /metrics on the public port, only with `Authorization: Bearer <token>` when a token is set;
 * without one, metrics are off there (404) or served on a separate internal port (`listenForMetrics`).
 */
export function metricsRoute(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!token) {
      return reply.code(404).send({
        error: errorCodes.metricsOff,
        message: 'Metrics are not served here; set METRICS_TOKEN, or METRICS_PORT for an internal port',
      });
    }
    const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!sameToken(given, token)) {
      return reply.code(401).send({
        error: errorCodes.badMetricsToken,
        message: 'Send the metrics token as "Authorization: Bearer <token>"',
      });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** Serve GET /metrics alone on an internal port (the caller closes it after the app). */
export async function listenForMetrics(
  app: FastifyInstance,
  metrics: Metrics,
  { host, port }: { host: string; port: number },
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (error: unknown) => {
        app.log.error({ err: error }, 'metrics failed');
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
