import type { z } from 'zod/mini';
import { catalogueSchema } from '../../domain/catalogue';
import type { directorySchema } from '../../domain/directory';
import { pointSchema } from '../../domain/point';
import { db as defaultDb, type CachedRow, type NeuvoDb } from './database';

/** Each key's schema, as its value's type. */
interface CacheSchemas {
  catalogue: typeof catalogueSchema;
  point: typeof pointSchema;
  directory: typeof directorySchema;
}

/**
 * What the tablet keeps from the server for offline use, each key with the schema of its value.
 * The directory's is loaded with its first read: only slips need it, so the desk's cold start
 * does not build it.
 */
const cacheSchemas: { [K in keyof CacheSchemas]: () => CacheSchemas[K] | Promise<CacheSchemas[K]> } = {
  catalogue: () => catalogueSchema,
  point: () => pointSchema,
  directory: async () => (await import('../../domain/directory')).directorySchema,
};

/** A key of the tablet's cache table. */
export type CacheKey = keyof CacheSchemas;

/** A cached value of `key` and when it was fetched. */
export interface Cached<K extends CacheKey> {
  value: z.infer<CacheSchemas[K]>;
  fetchedAt: string;
}

/** The cached copy of `key`; undefined when none was kept or it no longer fits its schema. */
export async function readCache<K extends CacheKey>(
  key: K,
  db: NeuvoDb = defaultDb,
): Promise<Cached<K> | undefined> {
  const row = await db.cache.get(key);
  return row && (await checkCached(key, row));
}

/** A row of the cache table as the copy of `key`; undefined when it no longer fits its schema. */
export async function checkCached<K extends CacheKey>(
  key: K,
  row: CachedRow,
): Promise<Cached<K> | undefined> {
  // A copy from an older app that no longer fits is ignored rather than breaking the page.
  const parsed = (await cacheSchemas[key]()).safeParse(row.value);
  return parsed.success ? { value: parsed.data as Cached<K>['value'], fetchedAt: row.fetchedAt } : undefined;
}

/** When `key` was last fetched (ISO time), whether or not its copy still fits; undefined if never. */
export async function fetchedAt(key: CacheKey, db: NeuvoDb = defaultDb): Promise<string | undefined> {
  return (await db.cache.get(key))?.fetchedAt;
}

/** Keep a freshly fetched copy of `key`. */
export async function writeCache<K extends CacheKey>(
  key: K,
  value: Cached<K>['value'],
  at: Date,
  db: NeuvoDb = defaultDb,
): Promise<void> {
  await db.cache.put({ key, value, fetchedAt: at.toISOString() });
}
