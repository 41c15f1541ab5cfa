import { useLiveQuery } from 'dexie-react-hooks';
import type { Labelled } from '../../domain/catalogue';
import type { Municipality } from '../../domain/municipalities';
import { readCache } from './cache';
import { db as defaultDb, type NeuvoDb } from './database';

/** A municipality as a desk choice: its code, the Finnish and Swedish names, and the Finnish one in English. */
export function municipalityChoice({ code, fi, sv }: Municipality): Labelled {
  return { code, fi, sv: sv || fi, en: fi };
}

/**
 * The municipalities the tablet's point serves, as last fetched with the point (at every sync), as
 * desk choices; empty when the point serves none or was never fetched.
 */
export async function getServedMunicipalities(db: NeuvoDb = defaultDb): Promise<Labelled[]> {
  const point = await readCache('point', db);
  return (point?.value.municipalities ?? []).map(municipalityChoice);
}

/** `getServedMunicipalities` as live React state; undefined until the cache is read. */
export function useServedMunicipalities(db: NeuvoDb = defaultDb): readonly Labelled[] | undefined {
  return useLiveQuery(() => getServedMunicipalities(db), [db]);
}
