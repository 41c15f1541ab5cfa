import type { NeuvoDb } from '../db/database';
import type { Transport } from './transport';

/** Refetch what the tablet keeps from the server at most this often. */
const CACHE_MAX_AGE_MS = 60 * 60_000;

/**
 * Refresh what the tablet keeps for offline use when it is older than an hour: the catalogue in
 * force (key 'catalogue'), the tablet's own point (key 'point') and the service directory for
 * printing slips offline (key 'directory'). Runs after every successful sync, so the ages are read
 * in one go. A failed fetch keeps the cached copy: the desk works on it meanwhile.
 */
export async function refreshCaches(
  db: NeuvoDb,
  transport: Transport,
  device: { token: string; pointId: string },
  clock: () => number,
): Promise<void> {
  const fetchDirectory = transport.fetchDirectory?.bind(transport);
  const sources: { key: string; fetch: () => Promise<unknown> }[] = [
    { key: 'catalogue', fetch: () => transport.fetchCatalogue(device.token) },
    { key: 'point', fetch: () => transport.fetchPoint(device.token, device.pointId) },
    ...(fetchDirectory ? [{ key: 'directory', fetch: () => fetchDirectory(device.token) }] : []),
  ];
  const cached = await db.cache.bulkGet(sources.map((source) => source.key));
  for (const [i, { key, fetch }] of sources.entries()) {
    const row = cached[i];
    if (row && clock() - Date.parse(row.fetchedAt) < CACHE_MAX_AGE_MS) continue;
    const value = await fetch();
    if (value) await db.cache.put({ key, value, fetchedAt: new Date(clock()).toISOString() });
  }
}
