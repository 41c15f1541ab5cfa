import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { openStore, type Store, type StoreOptions } from './store';

/**
 * Opening a store and dropping a schema take turns on this advisory lock. Kysely's migrator reads
 * the tables of every schema in the database, and fails if one is dropped meanwhile, as parallel
 * tests drop theirs while others start.
 */
const SCHEMA_LOCK = 4_772_306;

/** Run `work` holding the schema lock, on a connection of its own (a failed open ends its pool). */
async function withSchemaLock<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await work(client);
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/**
 * Open the PostgreSQL store at `databaseUrl`, migrated to the latest version. `schema` (tests)
 * puts every table in that schema, created if missing, so parallel runs never share rows.
 */
export async function openPostgresStore(
  options: StoreOptions & { databaseUrl: string; schema?: string },
): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`Schema name "${options.schema}" must be lower-case letters, digits and underscores`);
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 10,
    // A database that is down answers 503 within seconds instead of holding requests forever.
    connectionTimeoutMillis: 5_000,
    ...(options.schema && { options: `-c search_path=${options.schema}` }),
  });
  // A connection that breaks (the database restarts or goes away) fails its query, which answers
  // 503, and the pool opens a new one for the next; the 'error' events it also emits, on the pool
  // when idle and on the client when in use, would end the process without these listeners.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  if (options.schema) {
    // The name was checked above; identifiers cannot be bound as parameters.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
  }
  // The schema the tables live in: the given one, or whatever the URL's search_path makes current.
  const { rows } = await pool.query<{ schema: string | null }>('select current_schema() as schema');
  const schema = rows[0]?.schema;
  if (!schema) {
    await pool.end();
    throw new Error('PostgreSQL has no current schema; create one or set search_path in DATABASE_URL');
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return withSchemaLock(options.databaseUrl, () =>
    openStore(db, 'postgres', {
      ...options,
      schema,
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    }),
  );
}

/** Drop a test schema and everything in it. */
export async function dropPostgresSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Bad schema name "${schema}"`);
  await withSchemaLock(databaseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}
