import type { FastifyBaseLogger } from 'fastify';
import type { Store } from './store/store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `months` calendar months before `now` (the day clamped to the shorter month's end). */
export function monthsBefore(now: Date, months: number): Date {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const then = new Date(now);
  then.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return then;
}

/**
 * Delete audit lines older than the retention period, at start and then daily. A plain DELETE by
 * date is idempotent, so several instances may run it at once: one deletes the lines, the others
 * find none. Each run that deleted something leaves one line saying how many and up to when.
 */
export function auditRetention(
  store: Store,
  options: { months: number; clock: () => Date; log: FastifyBaseLogger },
) {
  let running: Promise<void> = Promise.resolve();
  const prune = async () => {
    const before = monthsBefore(options.clock(), options.months).toISOString();
    const count = await store.pruneAuditLog(before);
    if (count > 0) {
      await store.audit({
        actorKind: 'anonymous',
        actorId: null,
        action: 'audit-pruned',
        details: { before, count, retentionMonths: options.months },
      });
    }
  };
  const run = () => {
    running = running.then(prune).catch((error: unknown) => {
      // The next day's run tries again; the service keeps working meanwhile.
      options.log.error({ err: error }, 'pruning the audit log failed');
    });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    /** Prune now and schedule the daily run (the timer does not keep the process alive). */
    async start(): Promise<void> {
      await run();
      timer = setInterval(() => void run(), DAY_MS);
      timer.unref();
    },
    /** Stop the daily run and wait for one in progress, while the store is still open. */
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
