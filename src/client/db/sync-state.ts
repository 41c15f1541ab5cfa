import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod/mini';
import { db as defaultDb, type NeuvoDb } from './database';

/** Why the last sync attempt failed, as a code the UI can word in the user's language. */
export const syncFailureReasons = [
  'device-revoked',
  'not-enrolled',
  'rate-limited',
  'server-error',
  'timeout',
  'network',
  'too-large',
  'bad-request',
  'unexpected-answer',
] as const;
export type SyncFailureReason = (typeof syncFailureReasons)[number];

/** The engine's bookkeeping, kept in the database so every tab and a restart see it. */
export const syncStatusSchema = z.object({
  lastSuccessAt: z.catch(z.nullable(z.string()), null),
  lastAttemptAt: z.catch(z.nullable(z.string()), null),
  lastError: z.catch(
    z.nullable(z.object({ reason: z.enum(syncFailureReasons), message: z.string(), at: z.string() })),
    null,
  ),
  consecutiveFailures: z.catch(z.int().check(z.minimum(0)), 0),
  nextAttemptAt: z.catch(z.nullable(z.string()), null),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const KEY = 'status';

/** The stored status (defaults when nothing was stored or it no longer fits). */
export async function getSyncStatus(db: NeuvoDb = defaultDb): Promise<SyncStatus> {
  const row = await db.syncState.get(KEY);
  return syncStatusSchema.parse(row?.value ?? {});
}

/** Merge a change into the stored status. */
export async function updateSyncStatus(
  change: Partial<SyncStatus>,
  db: NeuvoDb = defaultDb,
): Promise<SyncStatus> {
  return db.transaction('rw', db.syncState, async () => {
    const next = { ...(await getSyncStatus(db)), ...change };
    await db.syncState.put({ key: KEY, value: next });
    return next;
  });
}

/** The status as live React state; undefined while loading. */
export function useSyncStatus(db: NeuvoDb = defaultDb): SyncStatus | undefined {
  return useLiveQuery(() => getSyncStatus(db), [db]);
}
