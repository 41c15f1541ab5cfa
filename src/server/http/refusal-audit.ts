import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/store';

interface Tally {
  minute: string;
  byStatus: Record<string, number>;
  byError: Record<string, number>;
  routes: Set<string>;
  usernames: Set<string>;
  actors: Set<string>;
}

const MAX_LISTED = 20;

/**
 * Refused requests (401 of strangers, 403, 429) counted per client address and minute, and written
 * as one audit row `requests-refused` when the minute is over, instead of one durable commit per
 * refusal: a flood can neither fill the disk nor slow real commits. Per instance: behind a load
 * balancer each instance writes its own row for an address's minute.
 */
export function refusalAudit(store: Store, clock: () => Date) {
  const tallies = new Map<string, Tally>();
  const minuteOf = (date: Date) => date.toISOString().slice(0, 16);
  const write = async (ip: string, t: Tally) => {
    const total = Object.values(t.byStatus).reduce((a, b) => a + b, 0);
    await store.audit({
      actorKind: 'anonymous',
      actorId: null,
      action: 'requests-refused',
      details: {
        ip,
        minute: t.minute,
        count: total,
        byStatus: t.byStatus,
        byError: t.byError,
        routes: [...t.routes].slice(0, MAX_LISTED),
        ...(t.usernames.size > 0 && { usernames: [...t.usernames].slice(0, MAX_LISTED) }),
        ...(t.actors.size > 0 && { actors: [...t.actors].slice(0, MAX_LISTED) }),
      },
    });
  };
  /** Write the minutes that are over (all of them when closing). */
  const flush = async (isClosing = false) => {
    const current = minuteOf(clock());
    for (const [ip, tally] of [...tallies]) {
      if (isClosing || tally.minute < current) {
        tallies.delete(ip);
        await write(ip, tally);
      }
    }
  };
  let lastMinute = '';
  return {
    /** Count one refusal; when a new minute starts, the finished ones are written first. */
    async count(request: FastifyRequest, status: number, error: string, username?: string): Promise<void> {
      const minute = minuteOf(clock());
      if (minute !== lastMinute) {
        lastMinute = minute;
        await flush();
      }
      let tally = tallies.get(request.ip);
      if (!tally) {
        tally = {
          minute,
          byStatus: {},
          byError: {},
          routes: new Set(),
          usernames: new Set(),
          actors: new Set(),
        };
        tallies.set(request.ip, tally);
      }
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      tally.byError[error] = (tally.byError[error] ?? 0) + 1;
      if (tally.routes.size < MAX_LISTED)
        tally.routes.add(`${request.method} ${request.routeOptions.url ?? '?'}`);
      if (username && tally.usernames.size < MAX_LISTED) tally.usernames.add(username);
      const actor = request.account?.id ?? request.device?.id;
      if (actor && tally.actors.size < MAX_LISTED) tally.actors.add(actor);
    },
    flush,
  };
}

export type RefusalAudit = ReturnType<typeof refusalAudit>;
