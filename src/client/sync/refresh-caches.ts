import { fetchedAt, writeCache, type CacheKey, type Cached } from '../db/cache';
import type { NeuvoDb } from '../db/database';
import type { Transport } from './transport';

/** Refetch the directory at most this often; the catalogue and the point are fetched every time. */
const CACHE_MAX_AGE_MS = 60 * 60_000;

/**
 * Refresh what the tablet keeps for offline use: the catalogue in force (key 'catalogue') and the
 * tablet's own point with the municipalities it serves (key 'point') at every call, so what an
 * admin publishes or chooses reaches the desk the next time the tablet is online (on start and
 * after every sync); the service directory for printing slips offline (key 'directory') when older
 * than an hour. Runs after every successful sync. A failed fetch keeps the cached copy: the desk
 * works on it meanwhile.
 */
export async function refreshCaches(
  db: NeuvoDb,
  transport: Transport,
  device: { token: string; pointId: string },
  clock: () => number,
): Promise<void> {
  const fetchDirectory = transport.fetchDirectory?.bind(transport);
  const refresh = async <K extends CacheKey>(
    key: K,
    maxAgeMs: number,
    fetch: () => Promise<Cached<K>['value'] | null>,
  ) => {
    if (maxAgeMs > 0) {
      const last = await fetchedAt(key, db);
      if (last && clock() - Date.parse(last) < maxAgeMs) return;
    }
    const value = await fetch();
    if (value) await writeCache(key, value, new Date(clock()), db);
  };
  // Independent of each other: fetched side by side, so a sync ends after the slowest, not the sum.
  await Promise.all([
    refresh('catalogue', 0, () => transport.fetchCatalogue(device.token)),
    refresh('point', 0, () => transport.fetchPoint(device.token, device.pointId)),
    fetchDirectory && refresh('directory', CACHE_MAX_AGE_MS, () => fetchDirectory(device.token)),
  ]);
}
