import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { openSqliteConnection, SQLITE_FILE } from '../store/sqlite';

/** Where the data lives: the PostgreSQL database of DATABASE_URL, or the SQLite file in the data folder. */
export type DataLocation = { databaseUrl: string } | { dataDir: string };

/** A failure a person can act on; the command prints its message and exits with 1. */
export class OpsError extends Error {}

const MIGRATIONS_TABLE = 'kysely_migration';

/** Run a PostgreSQL client program; a clear message when it is not installed. */
function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new OpsError(
              `${tool} was not found. Install PostgreSQL's client programs, of the server's major version or newer (Debian: apt-get install postgresql-client), and make sure ${tool} is on PATH.`,
            )
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new OpsError(`${tool} failed (exit code ${code}):\n${stderr.trim()}`)),
    );
  });
}

/** The schema the URL's search_path selects (tests and shared databases use one per instance). */
async function currentSchema(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
    return rows[0]!.schema;
  } finally {
    await client.end();
  }
}

/** Write to `<file>.partial` and rename at the end, so an interrupted backup never looks complete. */
async function writeOnce(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const target = resolve(file);
  if (existsSync(target)) throw new OpsError(`${target} already exists; choose a new file name`);
  if (!existsSync(dirname(target))) throw new OpsError(`The folder ${dirname(target)} does not exist`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await write(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * A consistent copy while the server runs. SQLite: the online backup API, taking the rest of the
 * pages in one step after the first, so a busy server's commits cannot keep restarting it.
 * PostgreSQL: pg_dump's custom format, which reads one snapshot.
 */
export async function backup(location: DataLocation, file: string): Promise<void> {
  if ('databaseUrl' in location) {
    const schema = await currentSchema(location.databaseUrl);
    await writeOnce(file, (partial) =>
      runTool('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        ...(schema === 'public' ? [] : [`--schema=${schema}`]),
        `--file=${partial}`,
        `--dbname=${location.databaseUrl}`,
      ]),
    );
    return;
  }
  const source = join(location.dataDir, SQLITE_FILE);
  if (!existsSync(source)) throw new OpsError(`There is no database at ${source}; is NEUVO_DATA_DIR right?`);
  const connection = openSqliteConnection(source);
  try {
    await writeOnce(file, async (partial) => {
      await connection.backup(partial, { progress: () => 0x7fffffff });
    });
  } finally {
    connection.close();
  }
}

/** Check that a file is a Neuvo SQLite database before it replaces anything. */
function checkSqliteBackup(file: string): void {
  let copy: SqliteDatabase.Database | undefined;
  try {
    copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new OpsError(`${file} is damaged: ${String(check)}`);
    const table = copy
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(MIGRATIONS_TABLE);
    if (!table) throw new OpsError(`${file} is an SQLite file but not a Neuvo backup`);
  } catch (error) {
    if (error instanceof OpsError) throw error;
    throw new OpsError(`${file} is not a Neuvo SQLite backup (${(error as Error).message})`);
  } finally {
    copy?.close();
  }
}

/** Tables in the target database outside PostgreSQL's own schemas. */
async function tablesIn(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      "select count(*) as count from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/** Restore a backup into an empty data folder or database; refuses one that holds anything. */
export async function restore(location: DataLocation, file: string): Promise<void> {
  const source = resolve(file);
  if (!existsSync(source)) throw new OpsError(`There is no backup at ${source}`);
  if ('databaseUrl' in location) {
    if ((await tablesIn(location.databaseUrl)) > 0) {
      throw new OpsError(
        'The database of DATABASE_URL is not empty; restore into a new, empty database (CREATE DATABASE …) and point DATABASE_URL at it',
      );
    }
    await runTool('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${location.databaseUrl}`,
      source,
    ]);
    return;
  }
  mkdirSync(location.dataDir, { recursive: true });
  if (readdirSync(location.dataDir).length > 0) {
    throw new OpsError(
      `The data folder ${location.dataDir} is not empty; restore into an empty folder (move the old one aside first)`,
    );
  }
  checkSqliteBackup(source);
  const target = join(location.dataDir, SQLITE_FILE);
  copyFileSync(source, `${target}.partial`);
  renameSync(`${target}.partial`, target);
}
