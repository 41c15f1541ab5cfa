import type { Kysely } from 'kysely';
import { accountQueries } from './account-queries';
import { auditQueries } from './audit-queries';
import { auditSearchQueries } from './audit-search-queries';
import { catalogueQueries } from './catalogue-queries';
import { deviceQueries } from './device-queries';
import { directoryQueries } from './directory-queries';
import { healthQueries, type PoolUse } from './health-queries';
import { migrateToLatest } from './migrate';
import { pointDirectoryQueries } from './point-directory-queries';
import { pointQueries } from './point-queries';
import { reportQueries } from './report-queries';
import { secondFactorQueries } from './second-factor-queries';
import { sessionQueries } from './session-queries';
import { setupQueries } from './setup-queries';
import type { Database } from './schema';
import { tallyQueries } from './tally-queries';
import { visitQueries } from './visit-queries';

export type Dialect = 'sqlite' | 'postgres';

/** Options shared by both backends. */
export interface StoreOptions {
  /** Time source for created/expiry/received times; tests inject a fixed clock. */
  clock?: () => Date;
}

/**
 * The one storage interface of the server: query modules composed over one `Kysely<Database>`.
 * Both backends build it with `composeStore`, so every module runs the same SQL on both.
 */
export type Store = ReturnType<typeof composeStore>;

/** Compose the query modules over a migrated database. Add a new module here (see README.md). */
export function composeStore(
  db: Kysely<Database>,
  dialect: Dialect,
  clock: () => Date,
  close: () => Promise<void>,
  health: { schema?: string; poolUse?: () => PoolUse } = {},
) {
  return {
    dialect,
    /** For query modules that live elsewhere (e.g. tallies): the same connection and schema. */
    db,
    clock,
    ...accountQueries(db, clock),
    ...sessionQueries(db, clock),
    ...secondFactorQueries(db, clock),
    ...setupQueries(db, clock),
    ...pointQueries(db, clock),
    ...deviceQueries(db, clock),
    ...visitQueries(db, clock),
    ...auditQueries(db, clock),
    ...auditSearchQueries(db),
    ...directoryQueries(db, clock),
    ...catalogueQueries(db, clock),
    ...pointDirectoryQueries(db, clock),
    ...tallyQueries(db),
    ...healthQueries(db, health),
    ...reportQueries(db),
    /** Close the connection(s); the store is unusable afterwards. */
    close,
  };
}

/** Migrate, then compose; closes the connection if migrating fails so nothing leaks. */
export async function openStore(
  db: Kysely<Database>,
  dialect: Dialect,
  options: StoreOptions & { schema?: string; poolUse?: () => PoolUse },
): Promise<Store> {
  try {
    await migrateToLatest(db, { schema: options.schema });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return composeStore(db, dialect, options.clock ?? (() => new Date()), () => db.destroy(), options);
}
