import { db as appDb } from '../db/database';
import { createSyncEngine, type DrainOutcome, type SyncEngine, type SyncEngineOptions } from './engine';
import { readDeviceHealth } from './device-health';
import { createFetchTransport } from './transport';

// The app's one engine, started by the app shell and reached by the status bar and the enrol page;
// tests replace it with startAppSync(options) and end it with stopAppSync().
let current: SyncEngine | null = null;
const listeners = new Set<() => void>();
let unsubscribeCurrent: (() => void) | null = null;

function engineChanged(): void {
  unsubscribeCurrent?.();
  unsubscribeCurrent = current ? current.subscribe(() => listeners.forEach((listener) => listener())) : null;
  listeners.forEach((listener) => listener());
}

/** Start the app's sync engine once (later calls return the running one). */
export function startAppSync(options: Partial<SyncEngineOptions> = {}): SyncEngine {
  if (current) return current;
  current = createSyncEngine({
    db: options.db ?? appDb,
    transport: options.transport ?? createFetchTransport({ health: () => readDeviceHealth(appDb) }),
    ...options,
  });
  current.start();
  engineChanged();
  return current;
}

/** Stop and forget the app's engine. */
export function stopAppSync(): void {
  current?.stop();
  current = null;
  engineChanged();
}

/** Hear when the app's engine starts, stops, or begins or ends sending. */
export function subscribeAppSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the app's engine is sending right now. */
export function isAppSyncing(): boolean {
  return current?.isSyncing() ?? false;
}

/** The "Sync now" action. */
export function syncNow(): Promise<DrainOutcome | null> {
  return current ? current.syncNow() : Promise.resolve(null);
}
