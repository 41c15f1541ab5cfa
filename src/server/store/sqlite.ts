import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { Database } from './schema';
import { openStore, type Store, type StoreOptions } from './store';

/** The SQLite file's name inside NEUVO_DATA_DIR. */
export const SQLITE_FILE = 'neuvo.sqlite';

/** Open a better-sqlite3 connection with the durability settings Neuvo relies on. */
export function openSqliteConnection(file: string): SqliteDatabase.Database {
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  // FULL: a tablet drops a visit from its outbox as soon as the server answers, so every
  // acknowledged commit must survive a power cut. NORMAL in WAL mode may lose the last commits.
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  // Another process (a backup, `npm run demo`) may hold the write lock for a moment.
  connection.pragma('busy_timeout = 5000');
  return connection;
}

/** Most distinct statement texts kept prepared; the ingest uses a few dozen shapes. */
const PREPARED_LIMIT = 200;

/**
 * The connection as Kysely sees it, with prepared statements reused by SQL text. Kysely prepares
 * every query anew, and preparing a 256-row insert costs about as much as running it.
 */
function withStatementReuse(connection: SqliteDatabase.Database): KyselySqliteDatabase {
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value!);
        statement = connection.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Open (creating if needed) the embedded store at `<dataDir>/neuvo.sqlite`, migrated to the latest version. */
export async function openSqliteStore(options: StoreOptions & { dataDir: string }): Promise<Store> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, SQLITE_FILE);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementReuse(openSqliteConnection(file)) }),
  });
  return openStore(db, 'sqlite', options);
}
