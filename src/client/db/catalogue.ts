import { useLiveQuery } from 'dexie-react-hooks';
import { catalogueSchema, referenceCatalogue, type Catalogue } from '../../domain/catalogue';
import { db as defaultDb, type NeuvoDb } from './database';

/** The catalogue in force: the one last fetched from the server, else the reference catalogue. */
export async function getCatalogue(db: NeuvoDb = defaultDb): Promise<Catalogue> {
  const cached = await db.cache.get('catalogue');
  // A cached copy that no longer fits the schema is ignored rather than breaking the desk.
  const parsed = catalogueSchema.safeParse(cached?.value);
  return parsed.success ? parsed.data : referenceCatalogue;
}

/** The catalogue as live React state; the reference catalogue until the cache is read. */
export function useCatalogue(db: NeuvoDb = defaultDb): Catalogue {
  return useLiveQuery(() => getCatalogue(db), [db]) ?? referenceCatalogue;
}
