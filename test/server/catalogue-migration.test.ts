import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { migrateToLatest } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations/index';
import { composeStore } from '../../src/server/store/store';
import { makeVisit } from '../support/visit-factory';
import { backends } from './app-fixture';
import { unmigratedDatabases } from './unmigrated-database';

const freshDatabase = unmigratedDatabases();

describe.each(backends)('catalogue versions on an existing database on $title', ({ kind, skip }) => {
  it.skipIf(skip)(
    'keeps every visit and count, and records the catalogue they were logged under as version 1',
    async () => {
      const { db, schema } = await freshDatabase(kind);
      const before = Object.fromEntries(
        // Every migration before catalogue versions: a database of the release before them.
        Object.entries(migrations).filter(([name]) => name < '0007-catalogue-versions'),
      );
      await migrateToLatest(db, { schema, known: before });
      const store = composeStore(
        db,
        kind,
        () => new Date(),
        async () => undefined,
      );
      const old = [
        ...Array.from({ length: 3 }, () => makeVisit({ catalogueVersion: 'reference-2023.1' })),
        makeVisit({ catalogueVersion: 'reference-2023.1', visitDate: '2023-04-02', deleted: true }),
      ];
      await store.ingestVisits('device', old);
      const range = { from: '2023-01', to: '2023-12', points: ['hyvinkaa'] };
      const countsBefore = await store.tallyCounts(range);

      await migrateToLatest(db, { schema });
      expect((await store.catalogueVersions()).map((v) => [v.number, v.version, v.publishedBy])).toEqual([
        [2, referenceCatalogue.version, null],
        [1, 'reference-2023.1', null],
      ]);
      expect((await store.publishedCatalogue('reference-2023.1'))!.sectors[0]!.sv).toBe('Socialvård');
      expect((await store.versionInForce()).version).toBe(referenceCatalogue.version);
      expect(await store.countStoredVisits()).toBe(4);
      expect(await store.tallyCounts(range)).toEqual(countsBefore);
      expect([...(await store.versionsCovered(range))]).toEqual([['reference-2023.1', 3]]);
      // The running count per version keeps counting after the migration.
      await store.ingestVisits('device', [
        { ...old[0]!, rev: 2, catalogueVersion: referenceCatalogue.version },
      ]);
      expect(new Map(await store.versionsCovered(range))).toEqual(
        new Map([
          ['reference-2023.1', 2],
          [referenceCatalogue.version, 1],
        ]),
      );
    },
  );
});
