import { liveQuery } from 'dexie';
import { MAX_BATCH_BYTES, MAX_BATCH_VISITS } from '../../domain/sync-protocol';
import type { Visit } from '../../domain/visit';
import type { NeuvoDb } from '../db/database';
import { getDevice, markDeviceRevoked } from '../db/device';
import { countPending, markBatchResults, pendingVisits, wireVisit } from '../db/outbox';
import { getSyncStatus, updateSyncStatus } from '../db/sync-state';
import { refreshCaches } from './refresh-caches';
import {
  PENDING_POLL_MS,
  SAVE_DEBOUNCE_MS,
  backoffDelayMs,
  createWakeUp,
  realTimers,
  type Timers,
} from './scheduler';
import { browserLocks, type LockManagerLike } from './locks';
import type { Transport, TransportError } from './transport';
import { assertNever } from '../../domain/assert-never';

/** What one drain did. */
export type DrainOutcome =
  | { kind: 'done'; sent: number; rejected: number }
  | { kind: 'busy' }
  | { kind: 'offline' }
  | { kind: 'not-enrolled' }
  | { kind: 'revoked' }
  | { kind: 'failed'; error: TransportError };

/** Whether the browser thinks it is online, and a way to hear when it comes back. */
export interface OnlineSignal {
  isOnline(): boolean;
  onOnline(listener: () => void): () => void;
}

/** What the engine runs on; clock, timers, randomness and locks are passed in so tests drive them. */
export interface SyncEngineOptions {
  db: NeuvoDb;
  transport: Transport;
  clock?: () => number;
  random?: () => number;
  timers?: Timers;
  /** Cross-tab lock; null runs without one (still safe: the server and the rev check are idempotent). */
  locks?: LockManagerLike | null;
  online?: OnlineSignal;
}

/** The tablet's sync engine: one instance, started once by the app. */
export interface SyncEngine {
  /** Listen for 'online', watch for saves, and sync now. */
  start(): void;
  /** Stop every timer and listener (an in-flight batch still finishes and is recorded). */
  stop(): void;
  /** A save happened: sync in a few seconds (not before a pending backoff ends); resolves once scheduled. */
  requestSync(): Promise<void>;
  /** The "Sync now" button: sync at once, ignoring backoff. */
  syncNow(): Promise<DrainOutcome>;
  /** One drain under the lock, without scheduling anything; tests call this. */
  drain(): Promise<DrainOutcome>;
  isSyncing(): boolean;
  /** Hear when isSyncing changes. */
  subscribe(listener: () => void): () => void;
}

const browserOnline: OnlineSignal = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

/** Create a sync engine over a database and a transport; nothing runs until start() or a call. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport } = options;
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const timers = options.timers ?? realTimers;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const online = options.online ?? browserOnline;
  const iso = () => new Date(clock()).toISOString();

  const listeners = new Set<() => void>();
  let isRunning = false;
  let isRerunAsked = false;
  let isStarted = false;
  let unsubscribers: (() => void)[] = [];
  const wakeUp = createWakeUp(timers, clock, () => void run());

  const setRunning = (value: boolean) => {
    isRunning = value;
    for (const listener of listeners) listener();
  };

  async function withLock(work: () => Promise<DrainOutcome>): Promise<DrainOutcome> {
    if (!locks) return work();
    // ifAvailable: a tab that finds another tab syncing leaves it to that tab and looks later.
    return locks.request('neuvo-sync', { ifAvailable: true }, (lock) =>
      lock ? work() : Promise.resolve({ kind: 'busy' as const }),
    );
  }

  async function recordFailure(error: TransportError): Promise<void> {
    const status = await getSyncStatus(db);
    await updateSyncStatus(
      {
        lastError: { reason: error.reason, message: error.message, at: iso() },
        consecutiveFailures: status.consecutiveFailures + 1,
      },
      db,
    );
  }

  async function drainLocked(): Promise<DrainOutcome> {
    const device = await getDevice(db);
    if (!device) return { kind: 'not-enrolled' };
    if (device.revokedAt) return { kind: 'revoked' };
    await updateSyncStatus({ lastAttemptAt: iso() }, db);
    let sent = 0;
    let rejected = 0;
    let maxVisits = MAX_BATCH_VISITS;
    // One read of everything pending, sent in batches; then read again for what changed meanwhile
    // (edits made while their older rev was in flight stay pending and go in the next round).
    let queue: Visit[] = [];
    for (;;) {
      if (queue.length === 0) {
        queue = (await pendingVisits(db)).map(wireVisit);
        if (queue.length === 0) break;
      }
      const batch = fitBytes(queue.slice(0, maxVisits));
      const outcome = await transport.sendBatch(batch, device.token);
      if (!outcome.ok) {
        // 413: the server's limit is lower than ours; halve and go on. A single visit too large is surfaced.
        if (outcome.error.reason === 'too-large' && batch.length > 1) {
          maxVisits = Math.ceil(batch.length / 2);
          continue;
        }
        await recordFailure(outcome.error);
        if (outcome.error.reason === 'device-revoked') {
          await markDeviceRevoked(iso(), db);
          return { kind: 'revoked' };
        }
        return { kind: 'failed', error: outcome.error };
      }
      const results = outcome.response.results;
      if (results.some((result, i) => result.id !== batch[i]!.id)) {
        const error: TransportError = {
          reason: 'unexpected-answer',
          message: 'The server answered for other visits than were sent.',
        };
        await recordFailure(error);
        return { kind: 'failed', error };
      }
      await markBatchResults(db, batch, results);
      queue = queue.slice(batch.length);
      sent += results.filter((r) => r.status !== 'rejected').length;
      rejected += results.filter((r) => r.status === 'rejected').length;
    }
    await updateSyncStatus(
      { lastSuccessAt: iso(), lastError: null, consecutiveFailures: 0, nextAttemptAt: null },
      db,
    );
    await refreshCaches(db, transport, device, clock);
    return { kind: 'done', sent, rejected };
  }

  async function drain(): Promise<DrainOutcome> {
    if (!online.isOnline()) return { kind: 'offline' };
    return withLock(drainLocked);
  }

  async function scheduleAfter(outcome: DrainOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'done':
      case 'busy':
        // Edits made during the drain (or another tab's drain) are picked up by the poll.
        if ((await countPending(db)) > 0) wakeUp.at(PENDING_POLL_MS);
        return;
      case 'offline':
      case 'not-enrolled':
      case 'revoked':
        // Nothing to do until the network returns or the tablet is enrolled again.
        return;
      case 'failed': {
        const status = await getSyncStatus(db);
        const delay = backoffDelayMs(status.consecutiveFailures, random, outcome.error.retryAfterMs);
        await updateSyncStatus({ nextAttemptAt: new Date(clock() + delay).toISOString() }, db);
        wakeUp.at(delay, true);
        return;
      }
      default:
        assertNever(outcome);
    }
  }

  async function run(): Promise<DrainOutcome> {
    if (isRunning) {
      isRerunAsked = true;
      return { kind: 'busy' };
    }
    setRunning(true);
    try {
      let outcome = await drain();
      while (isRerunAsked) {
        isRerunAsked = false;
        outcome = await drain();
      }
      if (isStarted) await scheduleAfter(outcome);
      return outcome;
    } finally {
      setRunning(false);
    }
  }

  /** Sync a few seconds after a save, but not before a pending backoff ends. */
  async function wakeAfterSave(): Promise<void> {
    if (!isStarted) return;
    const status = await getSyncStatus(db);
    const backoffLeft = status.nextAttemptAt ? Date.parse(status.nextAttemptAt) - clock() : 0;
    wakeUp.at(Math.max(SAVE_DEBOUNCE_MS, backoffLeft));
  }

  function watchSaves(): () => void {
    let previous = Infinity;
    // A save anywhere (this tab or another) raises the pending count; the engine need not be told.
    const subscription = liveQuery(() => countPending(db)).subscribe({
      next: (count) => {
        // The count itself says something waits: schedule without counting again.
        if (count > previous) void wakeAfterSave();
        previous = count;
      },
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }

  const engine: SyncEngine = {
    start() {
      if (isStarted) return;
      isStarted = true;
      unsubscribers = [online.onOnline(() => void run()), watchSaves()];
      void run();
    },
    stop() {
      isStarted = false;
      wakeUp.cancel();
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = [];
    },
    async requestSync() {
      // A late notice of a save that a drain has already sent needs no wake-up.
      if (isStarted && (await countPending(db)) > 0) await wakeAfterSave();
    },
    syncNow: () => run(),
    drain,
    isSyncing: () => isRunning,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return engine;
}

/** Keep a batch under the contract's byte limit (the visit count limit is applied by the query). */
function fitBytes(visits: Visit[]): Visit[] {
  const budget = MAX_BATCH_BYTES - 1024;
  let bytes = 16;
  let count = 0;
  for (const visit of visits) {
    bytes += JSON.stringify(visit).length + 1;
    if (bytes > budget && count > 0) break;
    count += 1;
  }
  return visits.slice(0, count);
}
