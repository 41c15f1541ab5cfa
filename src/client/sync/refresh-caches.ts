import type { NeuvoDb } from '../db/database';
import type { Transport } from './transport';

/** Refetch the catalogue at most this often. */
const CATALOGUE_MAX_AGE_MS = 60 * 60_000;

/**
 * Refresh what the tablet keeps from the server for offline use (the catalogue in force) when it
 * is older than an hour. A failed fetch keeps the cached copy: the desk works on it meanwhile.
 */
export async function refreshCaches(db: NeuvoDb, transport: Transport, token: string, clock: () => number): Promise<void> {
  const cached = await db.cache.get('catalogue');
  if (cached && clock() - Date.parse(cached.fetchedAt) < CATALOGUE_MAX_AGE_MS) return;
  const catalogue = await transport.fetchCatalogue(token);
  if (catalogue) await db.cache.put({ key: 'catalogue', value: catalogue, fetchedAt: new Date(clock()).toISOString() });
}
