/** Timer functions, injected so tests drive time by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The browser's timers. */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Wait this long after a save before syncing, so a burst of saves goes in one batch. */
export const SAVE_DEBOUNCE_MS = 3_000;
/** While anything waits (or another tab holds the sync lock), look again this often. */
export const PENDING_POLL_MS = 60_000;
/** First retry delay after a failure; doubles with each failure up to the cap. */
export const BACKOFF_BASE_MS = 5_000;
/** Never wait longer than this between attempts (unless the server's Retry-After says so). */
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Delay before the next attempt after `failures` consecutive failures: exponential backoff with
 * full jitter (a random point in [0, min(cap, base·2^(n-1))]) so many tablets coming back online at
 * once do not hit the server in step; never earlier than the server's Retry-After.
 */
export function backoffDelayMs(failures: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * One pending wake-up at a time: asking for an earlier one replaces a later one, asking for a
 * later one while an earlier one is set changes nothing (unless `force` is given).
 */
export function createWakeUp(timers: Timers, clock: () => number, run: () => void) {
  let handle: unknown = null;
  let dueAt = Infinity;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    dueAt = Infinity;
  };
  return {
    /** Run after `delayMs`, unless a wake-up is already due sooner (or `force`: replace it). */
    at(delayMs: number, force = false): void {
      const due = clock() + delayMs;
      if (!force && due >= dueAt) return;
      cancel();
      dueAt = due;
      handle = timers.setTimeout(() => {
        handle = null;
        dueAt = Infinity;
        run();
      }, delayMs);
    },
    cancel,
    /** When the next wake-up is due (ms since epoch), or null. */
    dueAt: (): number | null => (dueAt === Infinity ? null : dueAt),
  };
}
