import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach } from 'vitest';
import { dropPostgresSchema } from '../../src/server/store/postgres';
import type { Database } from '../../src/server/store/schema';
import { openSqliteConnection } from '../../src/server/store/sqlite';
import { databaseUrl } from './app-fixture';

/**
 * Raw connections to fresh databases with no migration applied, for tests that build the database
 * of an earlier release; closed and removed after each test of the file that calls this.
 */
export function unmigratedDatabases(): (
  kind: 'sqlite' | 'postgres',
) => Promise<{ db: Kysely<Database>; schema?: string }> {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return async (kind) => {
    if (kind === 'sqlite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-migration-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: openSqliteConnection(join(dataDir, 'neuvo.sqlite')) }),
      });
      cleanups.unshift(() => db.destroy());
      return { db };
    }
    const schema = `mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
    await pool.query(`create schema ${schema}`);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    cleanups.push(() => dropPostgresSchema(databaseUrl!, schema));
    cleanups.unshift(() => db.destroy());
    return { db, schema };
  };
}
