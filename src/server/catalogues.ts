import { referenceCatalogue, type Catalogue } from '../domain/catalogue';

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

/** Catalogues backed by the compiled reference catalogue only (until versions live in the store). */
export function referenceCatalogues(): Catalogues {
  return {
    inForce: async () => referenceCatalogue,
    byVersion: async (version) => (version === referenceCatalogue.version ? referenceCatalogue : undefined),
  };
}
