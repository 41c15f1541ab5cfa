import type { FastifyInstance } from 'fastify';
import { errorCodes } from '../../domain/error-codes';
import { HttpError } from './http-error';

/** Requests per client address and window on one route. */
export interface AddressLimit {
  max: number;
  windowMs: number;
}

/**
 * A fixed-window count of requests per client address on the routes strangers can reach (batch,
 * enrolment, setup, sign-in), checked before any token or code is looked at, so made-up tokens
 * cannot flood past the per-device limit. In memory, per instance by design: behind a load
 * balancer each instance allows `max`, and the per-account and per-code locks live in the database.
 */
export function limitByAddress(
  app: FastifyInstance,
  limits: Record<string, AddressLimit>,
  clock: () => Date,
): void {
  const windows = new Map<string, { count: number; endsAt: number }>();
  let nextSweep = 0;
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    const limit = url === undefined ? undefined : limits[`${request.method} ${url}`];
    if (!limit) return;
    const now = clock().getTime();
    if (now >= nextSweep) {
      // Forget finished windows now and then, so a scan of many addresses cannot fill the memory.
      for (const [key, entry] of windows) if (entry.endsAt <= now) windows.delete(key);
      nextSweep = now + 60_000;
    }
    const key = `${url}\u0000${request.ip}`;
    let entry = windows.get(key);
    if (!entry || entry.endsAt <= now) {
      entry = { count: 0, endsAt: now + limit.windowMs };
      windows.set(key, entry);
    }
    entry.count += 1;
    if (entry.count > limit.max) {
      const seconds = Math.max(1, Math.ceil((entry.endsAt - now) / 1000));
      throw new HttpError(
        429,
        errorCodes.tooManyRequests,
        `Too many requests from this address; try again in ${seconds} seconds`,
        { 'retry-after': String(seconds) },
      );
    }
  });
}
