import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

/**
 * Bring the database up to the newest migration. Kysely's migrator refuses a database that has
 * applied a migration this build does not know (an older server on a newer database), so an
 * old build cannot write rows a newer schema does not expect.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { known?: Record<string, Migration>; schema?: string } = {},
): Promise<void> {
  const known = options.known ?? migrations;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => known },
    // On PostgreSQL, name the schema: otherwise Kysely finds its tables in any schema of the database.
    ...(options.schema && { migrationTableSchema: options.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed
        ? `Migration ${failed.migrationName} failed: ${reason}`
        : `The database cannot be migrated (${reason}). Is it from a newer version of Neuvo?`,
      { cause: error },
    );
  }
}
