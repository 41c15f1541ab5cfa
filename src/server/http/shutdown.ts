import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { RETRY_AFTER_SECONDS } from './unavailable';
import { errorCodes } from '../../domain/error-codes';

/** Where an instance is in stopping: `draining` fails /readyz, `closing` also refuses new requests. */
export interface ShutdownState {
  isDraining: boolean;
  isClosing: boolean;
}

/**
 * Refuse requests that arrive once closing has begun with 503 and Retry-After (Fastify's own 503
 * has no Retry-After), so a tablet backs off and sends again to another instance or after the restart.
 */
export function installShutdownGate(app: FastifyInstance): ShutdownState {
  const state: ShutdownState = { isDraining: false, isClosing: false };
  app.addHook('onRequest', async (_request, reply) => {
    if (!state.isClosing) return;
    return reply
      .code(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .header('connection', 'close')
      .send({ error: errorCodes.shuttingDown, message: 'The server is restarting; try again in a moment' });
  });
  // Answers finished while closing end their connection, so no idle keep-alive holds the close up.
  app.addHook('onSend', async (_request, reply) => {
    if (state.isClosing) reply.header('connection', 'close');
  });
  return state;
}

/**
 * Stop gracefully: /readyz fails first and the load balancer has `delayMs` to notice and stop
 * sending; then new requests get 503, the requests in flight finish (a batch is answered only after
 * its commit), the database closes. Resolves true when done within `timeoutMs`, false otherwise.
 */
export async function stopGracefully(
  app: FastifyInstance,
  state: ShutdownState,
  { delayMs, timeoutMs }: { delayMs: number; timeoutMs: number },
): Promise<boolean> {
  state.isDraining = true;
  app.log.info({ delayMs }, 'shutting down: /readyz answers 503 from now on');
  await sleep(delayMs);
  state.isClosing = true;
  const closed = app.close().then(() => true);
  const late = sleep(timeoutMs, false, { ref: false });
  const isClosed = await Promise.race([closed, late]);
  if (isClosed) app.log.info('stopped: requests in flight finished, database closed');
  else app.log.error({ timeoutMs }, 'requests in flight did not finish in time; stopping anyway');
  return isClosed;
}
