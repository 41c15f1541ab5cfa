import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store, StoreOptions } from './store';

/** DATABASE_URL set → PostgreSQL; otherwise the SQLite file in the data dir. */
export async function openConfiguredStore(
  options: StoreOptions & { databaseUrl?: string; dataDir: string },
): Promise<Store> {
  if (options.databaseUrl) return openPostgresStore({ ...options, databaseUrl: options.databaseUrl });
  return openSqliteStore(options);
}
