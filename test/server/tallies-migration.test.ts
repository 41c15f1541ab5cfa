import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { buildTally, countVisits } from '../../src/domain/tally';
import { buildReportAdditions } from '../../src/domain/tally-additions';
import type { Visit } from '../../src/domain/visit';
import { migrateToLatest } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations/index';
import type { Database } from '../../src/server/store/schema';
import { composeStore } from '../../src/server/store/store';
import { referralRowsOf, topicRowsOf, visitRowOf } from '../../src/server/store/visit-rows';
import { countReportVisits } from '../support/report-reference';
import { keusoteVisits, makeVisit } from '../support/visit-factory';
import { backends } from './app-fixture';
import { unmigratedDatabases } from './unmigrated-database';

const freshDatabase = unmigratedDatabases();

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
