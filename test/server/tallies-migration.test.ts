import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { buildTally, countVisits } from '../../src/domain/tally';
import { buildReportAdditions } from '../../src/domain/tally-additions';
import type { Visit } from '../../src/domain/visit';
import { migrateToLatest } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations/index';
import { dropPostgresSchema } from '../../src/server/store/postgres';
import type { Database } from '../../src/server/store/schema';
import { openSqliteConnection } from '../../src/server/store/sqlite';
import { composeStore } from '../../src/server/store/store';
import { referralRowsOf, topicRowsOf, visitRowOf } from '../../src/server/store/visit-rows';
import { countReportVisits } from '../support/report-reference';
import { keusoteVisits, makeVisit } from '../support/visit-factory';
import { backends, databaseUrl } from './app-fixture';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A raw connection to a fresh database, with no migration applied yet. */
async function freshDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ db: Kysely<Database>; schema?: string }> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-tally-migration-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: openSqliteConnection(join(dataDir, 'neuvo.sqlite')) }),
    });
    cleanups.unshift(() => db.destroy());
    return { db };
  }
  const schema = `tm_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
  await pool.query(`create schema ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  cleanups.push(() => dropPostgresSchema(databaseUrl!, schema));
  cleanups.unshift(() => db.destroy());
  return { db, schema };
}

/** Store visits as the ingest of 0001's days did: child rows without the sector 0005 adds. */
async function storeAsOf0001(db: Kysely<Database>, visits: Visit[]): Promise<void> {
  const withoutSector = <T extends { sector: string }>(row: T) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'sector')) as never;
  for (const visit of visits) {
    await db
      .insertInto('visits')
      .values(visitRowOf(visit, 'device', new Date().toISOString()))
      .execute();
    for (const row of topicRowsOf(visit))
      await db.insertInto('visit_topics').values(withoutSector(row)).execute();
    for (const row of referralRowsOf(visit))
      await db.insertInto('visit_referrals').values(withoutSector(row)).execute();
  }
}

describe.each(backends)('migrations 0002 and 0005 on $title', ({ kind, skip }) => {
  it.skipIf(skip)(
    'count the visits a database already holds when they are applied, then keep counting',
    async () => {
      const { db, schema } = await freshDatabase(kind);
      await migrateToLatest(db, { schema, known: { '0001-initial': migrations['0001-initial']! } });
      const store = composeStore(
        db,
        kind,
        () => new Date(),
        async () => undefined,
      );
      const before = keusoteVisits('hyvinkaa').slice(0, 400);
      before.push(
        makeVisit({ topics: ['health.symptoms', 'health.self-care'], referrals: ['resolved'] }),
        makeVisit({ rev: 2, deleted: true }),
      );
      before.push(
        makeVisit({ sector: 'social', serviceLanguage: 'sv', faceToFaceReasons: ['hearing', 'language'] }),
        makeVisit({ sector: 'both', channel: 'outreach', municipality: '186', referrals: ['resolved'] }),
      );
      await storeAsOf0001(db, before);

      await migrateToLatest(db, { schema });
      const range = { from: '2023-01', to: '2023-06', points: ['hyvinkaa'] };
      expect(buildTally(range, await store.tallyCounts(range), referenceCatalogue)).toEqual(
        buildTally(range, countVisits(before), referenceCatalogue),
      );
      expect(buildReportAdditions(range, await store.reportCounts(range), referenceCatalogue)).toEqual(
        buildReportAdditions(range, countReportVisits(before), referenceCatalogue),
      );

      const after = [
        { ...before[0]!, rev: 2, ageGroup: 'families', topics: ['social.housing'] },
        makeVisit({ visitDate: '2023-06-30' }),
      ];
      await store.ingestVisits('device', after);
      const stored = await store.listVisits();
      expect(buildTally(range, await store.tallyCounts(range), referenceCatalogue)).toEqual(
        buildTally(range, countVisits(stored), referenceCatalogue),
      );
      expect(buildReportAdditions(range, await store.reportCounts(range), referenceCatalogue)).toEqual(
        buildReportAdditions(range, countReportVisits(stored), referenceCatalogue),
      );
    },
  );
});
