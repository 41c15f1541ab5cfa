import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropPostgresSchema, openPostgresStore } from '../../../src/server/store/postgres';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { backends, databaseUrl } from '../app-fixture';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A database that can be opened, closed and opened again: the same file or the same schema. */
function reopenable(kind: 'sqlite' | 'postgres') {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-migrate-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return () => openSqliteStore({ dataDir });
  }
  const schema = `m_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  cleanups.push(() => dropPostgresSchema(databaseUrl!, schema));
  return () => openPostgresStore({ databaseUrl: databaseUrl!, schema });
}

describe.each(backends)('migrations on $title', ({ kind, skip }) => {
  it.skipIf(skip)('refuses to start on a database with a migration this build does not know', async () => {
    const open = reopenable(kind);
    const first = await open();
    // As if a newer build had migrated this database.
    await first.db
      .insertInto('kysely_migration' as never)
      .values({ name: '9999-from-the-future', timestamp: new Date().toISOString() } as never)
      .execute();
    await first.close();
    await expect(open()).rejects.toThrow(/9999-from-the-future/);
  });

  it.skipIf(skip)('opens a migrated database again and keeps its data', async () => {
    const open = reopenable(kind);
    const first = await open();
    await first.createPoint({ id: 'kerava', name: 'Kerava' });
    await first.close();
    const again = await open();
    cleanups.unshift(() => again.close());
    expect(await again.listPoints()).toEqual([{ id: 'kerava', name: 'Kerava' }]);
  });
});

// Schemas exist only on PostgreSQL: an SQLite file is a database of its own.
describe(
  databaseUrl
    ? 'migrations on PostgreSQL schemas'
    : 'migrations on PostgreSQL schemas (skipped: DATABASE_URL is not set; .ci/run sets it)',
  () => {
    it.skipIf(!databaseUrl)(
      'migrates a fresh schema even when another schema of the database already has Neuvo tables',
      async () => {
        const other = reopenable('postgres');
        const fresh = reopenable('postgres');
        await (await other()).close();
        const store = await fresh();
        cleanups.unshift(() => store.close());
        expect(await store.listPoints()).toEqual([]);
      },
    );
  },
);
