import { catalogueSchema, referenceCatalogue, type Catalogue } from '../domain/catalogue';
import reference2023 from '../domain/reference-catalogue-2023.1.json';
import type { Store } from './store/store';

/**
 * The catalogues the routes read, passed in through `RouteDeps`. Both lookups return promises
 * because the versions will live in the database: a route awaits them on each request and never
 * keeps the one in force across requests (an admin may publish a new one at any time). A version,
 * once it exists, never changes, so what is built from it may be kept by its version string.
 */
export interface Catalogues {
  /** The catalogue in force now: offered to tablets and used for tallies and the directory. */
  inForce(): Promise<Catalogue>;
  /** The catalogue with this version, or undefined if the server does not know it. */
  byVersion(version: string): Promise<Catalogue | undefined>;
}

/** The reference catalogue as tablets used it before its wording was revised; visits still carry it. */
export const firstReferenceCatalogue: Catalogue = catalogueSchema.parse(reference2023);

/** The compiled reference catalogues by version: known to every server, whatever its database holds. */
export const compiledCatalogues: ReadonlyMap<string, Catalogue> = new Map([
  [firstReferenceCatalogue.version, firstReferenceCatalogue],
  [referenceCatalogue.version, referenceCatalogue],
]);

/** Catalogues backed by the compiled reference catalogues only (until versions live in the store). */
export function referenceCatalogues(): Catalogues {
  return {
    inForce: async () => referenceCatalogue,
    byVersion: async (version) => compiledCatalogues.get(version),
  };
}

/**
 * Catalogues backed by the versions in the database. A published version never changes, so each is
 * read once and kept; which one is in force is asked on every call (one indexed row), so a version
 * published through another server instance is in force here at once. The compiled reference
 * catalogues stay known even if a database lacks them.
 */
export function storedCatalogues(store: Store): Catalogues {
  const kept = new Map<string, Catalogue>();
  const byVersion = async (version: string): Promise<Catalogue | undefined> => {
    const known = kept.get(version);
    if (known) return known;
    const found = (await store.publishedCatalogue(version)) ?? compiledCatalogues.get(version);
    if (found) kept.set(version, found);
    return found;
  };
  return {
    inForce: async () => (await byVersion((await store.versionInForce()).version))!,
    byVersion,
  };
}
