import { useLiveQuery } from 'dexie-react-hooks';
import { catalogueSchema, referenceCatalogue, type Catalogue } from '../../domain/catalogue';
import { db as defaultDb, type NeuvoDb } from './database';

/** The catalogue the tablet uses for new visits, and when it was fetched (null: never, the built-in one). */
export interface CatalogueInUse {
  catalogue: Catalogue;
  fetchedAt: string | null;
}

/** The catalogue in force as last fetched from the server, else the reference catalogue. */
export async function getCatalogueInUse(db: NeuvoDb = defaultDb): Promise<CatalogueInUse> {
  const cached = await db.cache.get('catalogue');
  // A cached copy that no longer fits the schema is ignored rather than breaking the desk.
  const parsed = catalogueSchema.safeParse(cached?.value);
  return parsed.success
    ? { catalogue: parsed.data, fetchedAt: cached!.fetchedAt }
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
