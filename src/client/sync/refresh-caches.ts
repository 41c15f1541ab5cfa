import type { NeuvoDb } from '../db/database';
import type { Transport } from './transport';

/** Refetch what the tablet keeps from the server at most this often. */
const CACHE_MAX_AGE_MS = 60 * 60_000;

/**
 * Refresh what the tablet keeps for offline use when it is older than an hour: the catalogue in
 * force (key 'catalogue'), the tablet's own point (key 'point') and the service directory for
 * printing slips offline (key 'directory'). A failed fetch keeps the
 * cached copy: the desk works on it meanwhile.
 */
export async function refreshCaches(db: NeuvoDb, transport: Transport, device: { token: string; pointId: string }, clock: () => number): Promise<void> {
  const isFresh = async (key: string) => {
    const cached = await db.cache.get(key);
    return cached !== undefined && clock() - Date.parse(cached.fetchedAt) < CACHE_MAX_AGE_MS;
  };
  const fetchedAt = () => new Date(clock()).toISOString();
  if (!(await isFresh('catalogue'))) {
    const catalogue = await transport.fetchCatalogue(device.token);
    if (catalogue) await db.cache.put({ key: 'catalogue', value: catalogue, fetchedAt: fetchedAt() });
  }
  if (!(await isFresh('point'))) {
    const point = await transport.fetchPoint(device.token, device.pointId);
    if (point) await db.cache.put({ key: 'point', value: point, fetchedAt: fetchedAt() });
  }
  if (transport.fetchDirectory && !(await isFresh('directory'))) {
    const directory = await transport.fetchDirectory(device.token);
    if (directory) await db.cache.put({ key: 'directory', value: directory, fetchedAt: fetchedAt() });
  }
}
