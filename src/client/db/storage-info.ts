/** What the browser says about this tablet's storage; null where it says nothing (older browsers). */
export interface StorageInfo {
  isPersisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>> | undefined;

const api = (): StorageApi => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Read whether storage is persistent and how much is used. */
export async function readStorageInfo(storage: StorageApi = api()): Promise<StorageInfo> {
  const isPersisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { isPersisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Ask the browser to keep this site's data (it may refuse); null when the API is missing. */
export async function askPersistence(storage: StorageApi = api()): Promise<boolean | null> {
  return storage?.persist ? storage.persist() : null;
}

/**
 * Ask for persistent storage unless it is already granted: Chromium grants it silently to an app
 * in use, and unsent visits must not be cleared when space runs low.
 */
export async function persistIfNeeded(storage: StorageApi = api()): Promise<void> {
  if ((await readStorageInfo(storage)).isPersisted === false) await askPersistence(storage);
}
