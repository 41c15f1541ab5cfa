import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { topicGroupOf, type Catalogue } from '../src/domain/catalogue';
import { draftOf } from '../src/domain/catalogue-publish';
import { tallyReport } from '../src/server/export/tally-report';
import { openSqliteConnection, openSqliteStore, SQLITE_FILE } from '../src/server/store/sqlite';
import type { Store } from '../src/server/store/store';
import { recordResults } from './results';

// tally.oneYear1MVisitsThreeVersionsMs: the tally of a 12-month range (all points) over 1,000,000
// stored visits in SQLite logged under three catalogue versions (four months each): version 2
// merges two topics into a new one, version 3 splits a topic in two and retires a referral. The
// time is the whole report as the route makes it: the running counts, the versions covered, the
// crosswalk of the version in force and the domain's buildTally; median of 7 runs after a warm-up.
const VISITS = 1_000_000;
const POINTS = Array.from({ length: 20 }, (_, i) => `point-${String(i + 1).padStart(2, '0')}`);
const RUNS = 7;
const editor = { userId: 'bench', username: 'bench' };

const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-tally-versions-bench-'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Publish versions 2 and 3 through the store, as an admin would. */
async function publishVersions(store: Store): Promise<string[]> {
  const v1 = await store.publishedCatalogue((await store.versionInForce()).version);
  const two = draftOf(v1!);
  for (const code of ['practical.cancel-primary', 'practical.cancel-specialist']) {
    two.topics.find((t) => t.code === code)!.retired = true;
  }
  two.topics.push({
    code: 'practical.cancel',
    fi: 'Peruminen',
    sv: 'Avbokning',
    en: 'Cancelling',
    retired: false,
    continues: ['practical.cancel-primary', 'practical.cancel-specialist'],
  });
  const saved2 = await store.saveDraft(two, '', undefined, v1!.version, editor);
  if (saved2.status !== 'done' || (await store.publishDraft(undefined, editor)).status !== 'done')
    throw new Error('v2');
  const three = draftOf((await store.publishedCatalogue('2'))!);
  three.topics.find((t) => t.code === 'practical.booking')!.retired = true;
  for (const code of ['practical.booking-phone', 'practical.booking-desk']) {
    three.topics.push({
      code,
      fi: code,
      sv: code,
      en: code,
      retired: false,
      continues: ['practical.booking'],
    });
  }
  three.referrals.find((r) => r.code === 'external.parish')!.retired = true;
  const saved3 = await store.saveDraft(three, '', undefined, '2', editor);
  if (saved3.status !== 'done' || (await store.publishDraft(undefined, editor)).status !== 'done')
    throw new Error('v3');
  return [v1!.version, '2', '3'];
}

/** A year of a large county straight into the schema, each third of the year under its version. */
function generate(versions: string[], catalogues: (Catalogue | undefined)[]): void {
  const db = openSqliteConnection(join(dataDir, SQLITE_FILE));
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const sectors = ['social', 'health', 'health', 'both'];
  const idPrefix = randomUUID().slice(0, 24);
  const insertVisit = db.prepare(
    `insert into visits (id, point_id, device_id, rev, visit_date, visit_month, recorded_at, received_at, catalogue_version, age_group, sector, deleted)
     values (?, ?, 'bench-device', 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTopic = db.prepare(
    'insert into visit_topics (visit_id, topic, topic_group, point_id, visit_month) values (?, ?, ?, ?, ?)',
  );
  const insertReferral = db.prepare(
    'insert into visit_referrals (visit_id, referral, point_id, visit_month) values (?, ?, ?, ?)',
  );
  const lists = catalogues.map((c) => ({
    topics: c!.topics.filter((t) => !t.retired).map((t) => t.code),
    referrals: c!.referrals.filter((r) => !r.retired).map((r) => r.code),
    ages: c!.ageGroups.map((a) => a.code),
  }));
  db.transaction(() => {
    for (const id of POINTS) {
      db.prepare('insert into points (id, name, created_at) values (?, ?, ?)').run(
        id,
        id,
        '2024-01-01T00:00:00Z',
      );
    }
    for (let n = 0; n < VISITS; n += 1) {
      const id = `${idPrefix}${String(n).padStart(12, '0')}`;
      const point = POINTS[n % POINTS.length]!;
      const monthIndex = n % 12;
      const v = Math.floor(monthIndex / 4);
      const { topics, referrals, ages } = lists[v]!;
      const month = `2024-${String(monthIndex + 1).padStart(2, '0')}`;
      const date = `${month}-${String((n % 28) + 1).padStart(2, '0')}`;
      const isDeleted = n % 50 === 0;
      insertVisit.run(
        id,
        point,
        date,
        month,
        `${date}T10:00:00.000+02:00`,
        `${date}T10:05:00.000Z`,
        versions[v],
        ages[n % 3],
        sectors[n % 4],
        isDeleted ? 1 : 0,
      );
      if (isDeleted) continue;
      const first = topics[(n * 7) % topics.length]!;
      const second = topics[(n * 13 + 5) % topics.length]!;
      for (const topic of n % 2 === 0 && first !== second ? [first, second] : [first]) {
        insertTopic.run(id, topic, topicGroupOf(topic), point, month);
      }
      insertReferral.run(id, referrals[n % referrals.length], point, month);
    }
  })();
  db.pragma('optimize');
  db.close();
}

try {
  const setup = await openSqliteStore({ dataDir }); // migrations, as the server would run them
  const versions = await publishVersions(setup);
  const catalogues = await Promise.all(versions.map((v) => setup.publishedCatalogue(v)));
  await setup.close();
  const started = performance.now();
  generate(versions, catalogues);
  console.log(`generated ${VISITS} visits in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const store = await openSqliteStore({ dataDir });
  const range = { from: '2024-01', to: '2024-12', points: POINTS };
  const inForce = catalogues[2]!;
  const report = await tallyReport(store, range, inForce);
  if (report.visits !== VISITS - VISITS / 50) throw new Error(`tally counted ${report.visits} visits`);
  if (report.catalogue.versions.length !== 3) throw new Error('the report does not cover three versions');
  const kinds = report.catalogue.notes
    .map((n) => n.kind)
    .sort()
    .join();
  if (kinds !== 'merged,retired,split') throw new Error(`notes: ${kinds}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await tallyReport(store, range, inForce);
    times.push(performance.now() - start);
  }
  await store.close();
  recordResults(
    { 'tally.oneYear1MVisitsThreeVersionsMs': Number(median(times).toPrecision(3)) },
    { 'tally.oneYear1MVisitsThreeVersionsMs': times },
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
