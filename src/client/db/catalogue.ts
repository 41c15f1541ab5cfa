import { useLiveQuery } from 'dexie-react-hooks';
import { referenceCatalogue, type Catalogue } from '../../domain/catalogue';
import { checkCached } from './cache';
import { db as defaultDb, type NeuvoDb } from './database';

/** The catalogue the tablet uses for new visits, and when it was fetched (null: never, the built-in one). */
export interface CatalogueInUse {
  catalogue: Catalogue;
  fetchedAt: string | null;
}

// Every sync rewrites the copy, mostly with the same catalogue. A copy equal to the one last read is
// that catalogue: it is kept instead of checked again, and the desk keeps drawing from the same
// object instead of redrawing every chip. Comparing the text costs far less than the schema check;
// the first read (on the desk's cold start) keeps the copy as it came and makes no text yet.
const lastRead = new WeakMap<NeuvoDb, { value: unknown; text?: string; catalogue: Catalogue }>();

/** The catalogue in force as last fetched from the server, else the reference catalogue. */
export async function getCatalogueInUse(db: NeuvoDb = defaultDb): Promise<CatalogueInUse> {
  const row = await db.cache.get('catalogue');
  if (!row) return { catalogue: referenceCatalogue, fetchedAt: null };
  const kept = lastRead.get(db);
  const text = kept && JSON.stringify(row.value);
  if (kept && text === (kept.text ??= JSON.stringify(kept.value))) {
    return { catalogue: kept.catalogue, fetchedAt: row.fetchedAt };
  }
  const cached = await checkCached('catalogue', row);
  if (!cached) return { catalogue: referenceCatalogue, fetchedAt: null };
  lastRead.set(db, { value: row.value, text, catalogue: cached.value });
  return { catalogue: cached.value, fetchedAt: cached.fetchedAt };
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
