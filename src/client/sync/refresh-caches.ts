import type { NeuvoDb } from '../db/database';
import type { Transport } from './transport';

/** Refetch the point and the directory at most this often; the catalogue is fetched every time. */
const CACHE_MAX_AGE_MS = 60 * 60_000;

/**
 * Refresh what the tablet keeps for offline use: the catalogue in force (key 'catalogue') at every
 * call, so a version an admin publishes reaches the desk the next time the tablet is online (on
 * start and after every sync); the tablet's own point (key 'point') and the service directory for
 * printing slips offline (key 'directory') when older than an hour. Runs after every successful
 * sync. A failed fetch keeps the cached copy: the desk works on it meanwhile.
 */
export async function refreshCaches(
  db: NeuvoDb,
  transport: Transport,
  device: { token: string; pointId: string },
  clock: () => number,
): Promise<void> {
  const fetchDirectory = transport.fetchDirectory?.bind(transport);
  const sources: { key: string; maxAgeMs: number; fetch: () => Promise<unknown> }[] = [
    { key: 'catalogue', maxAgeMs: 0, fetch: () => transport.fetchCatalogue(device.token) },
    {
      key: 'point',
      maxAgeMs: CACHE_MAX_AGE_MS,
      fetch: () => transport.fetchPoint(device.token, device.pointId),
    },
    ...(fetchDirectory
      ? [{ key: 'directory', maxAgeMs: CACHE_MAX_AGE_MS, fetch: () => fetchDirectory(device.token) }]
      : []),
  ];
  const cached = await db.cache.bulkGet(sources.map((source) => source.key));
  for (const [i, { key, maxAgeMs, fetch }] of sources.entries()) {
    const row = cached[i];
    if (row && clock() - Date.parse(row.fetchedAt) < maxAgeMs) continue;
    const value = await fetch();
    if (value) await db.cache.put({ key, value, fetchedAt: new Date(clock()).toISOString() });
  }
}
