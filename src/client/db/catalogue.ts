import { useLiveQuery } from 'dexie-react-hooks';
import { referenceCatalogue, type Catalogue } from '../../domain/catalogue';
import { readCache } from './cache';
import { db as defaultDb, type NeuvoDb } from './database';

/** The catalogue the tablet uses for new visits, and when it was fetched (null: never, the built-in one). */
export interface CatalogueInUse {
  catalogue: Catalogue;
  fetchedAt: string | null;
}

/** The catalogue in force as last fetched from the server, else the reference catalogue. */
export async function getCatalogueInUse(db: NeuvoDb = defaultDb): Promise<CatalogueInUse> {
  const cached = await readCache('catalogue', db);
  return cached
    ? { catalogue: cached.value, fetchedAt: cached.fetchedAt }
    : { catalogue: referenceCatalogue, fetchedAt: null };
}

/** The catalogue in force: the one last fetched from the server, else the reference catalogue. */
export async function getCatalogue(db: NeuvoDb = defaultDb): Promise<Catalogue> {
  return (await getCatalogueInUse(db)).catalogue;
}

/** `getCatalogueInUse` as live React state; undefined until the cache is read. */
export function useCatalogueInUse(db: NeuvoDb = defaultDb): CatalogueInUse | undefined {
  return useLiveQuery(() => getCatalogueInUse(db), [db]);
}

/** The catalogue as live React state; the reference catalogue until the cache is read. */
export function useCatalogue(db: NeuvoDb = defaultDb): Catalogue {
  return useCatalogueInUse(db)?.catalogue ?? referenceCatalogue;
}
