import { randomUUID } from 'node:crypto';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';

/** Where and how much to log: a level, and a stream (tests) instead of stdout. */
export interface LogOptions {
  level: LevelWithSilent;
  stream?: DestinationStream;
}

/** Routes polled by load balancers and scrapers: logged at debug so they do not drown the rest. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Fastify's pino as JSON lines. Requests are logged once, by `logRequests`, from fields chosen one
 * by one: never a body, a header, a query string, a token, a password or a code. The redaction
 * below is a second guard for anything else that logs a request or an error carrying one.
 */
export function loggerOptions(log: LogOptions | undefined): Partial<FastifyServerOptions> {
  if (!log) return { logger: false };
  return {
    logger: {
      level: log.level,
      ...(log.stream && { stream: log.stream }),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.body',
          '*.password',
          '*.token',
          '*.code',
          'password',
          'token',
          'code',
        ],
        censor: '[hidden]',
      },
    },
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
  };
}

/** One line per answered request: id, route, status, duration, and the device or account behind it. */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const line = {
      method: request.method,
      route: route ?? 'unmatched',
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(request.device && { deviceId: request.device.id }),
      ...(request.account && { accountId: request.account.id }),
    };
    if (route && QUIET_ROUTES.has(route)) request.log.debug(line, 'request');
    else request.log.info(line, 'request');
  });
  app.addHook('onSend', async (request, reply) => {
    // The id in the answer lets a support person find the request's log line.
    reply.header('x-request-id', request.id);
  });
}
