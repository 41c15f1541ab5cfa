import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { referenceCatalogue } from '../src/domain/catalogue';
import { buildApp } from '../src/server/app';
import { tallyReport } from '../src/server/export/tally-report';
import { openSqliteConnection, openSqliteStore, SQLITE_FILE } from '../src/server/store/sqlite';
import { recordResults } from './results';

// tally.oneYear1MVisitsMs: the tally of a 12-month range (all points) over 1,000,000 stored visits
// in SQLite: the database counts plus the domain's buildTally, median of 7 runs after a warm-up.
// tally.pointsYear1MVisitsMs: the same range with the points table, months × points, sector splits
// and both comparisons (compare=previous and year), median of 7 runs.
// tally.ratioToPlainGroupBy: that time ÷ a plain `GROUP BY` count of the same rows, same run.
// tally.csvExportYearMs / tally.xlsxExportYearMs: the whole download (GET /api/v1/tallies?format=…
// through app.inject: auth, tally, file, audit line) for the same range.
const VISITS = 1_000_000;
const POINTS = Array.from({ length: 20 }, (_, i) => `point-${String(i + 1).padStart(2, '0')}`);
const RUNS = 7;

// TALLY_BENCH_DIR keeps the generated data between runs (for working on the queries).
const keptDir = process.env.TALLY_BENCH_DIR;
const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'neuvo-tally-bench-'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The runs' times after a warm-up (ms). */
async function timed(run: () => unknown): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

/** A year of a large county straight into the schema: raw prepared inserts in one transaction. */
function generate(): void {
  const db = openSqliteConnection(join(dataDir, SQLITE_FILE));
  // Only while generating: nothing here needs to survive a power cut, and a big cache keeps the
  // indexes in memory until the one commit.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const topics = referenceCatalogue.topics.map((t) => t.code);
  const referrals = referenceCatalogue.referrals.map((r) => r.code);
  const ages = referenceCatalogue.ageGroups.map((a) => a.code);
  const sectors = ['social', 'health', 'health', 'both'];
  const idPrefix = randomUUID().slice(0, 24);
  const insertVisit = db.prepare(
    `insert into visits (id, point_id, device_id, rev, visit_date, visit_month, recorded_at, received_at, catalogue_version, age_group, sector, deleted)
     values (?, ?, 'bench-device', 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTopic = db.prepare(
    'insert into visit_topics (visit_id, topic, topic_group, point_id, visit_month, sector) values (?, ?, ?, ?, ?, ?)',
  );
  const insertReferral = db.prepare(
    'insert into visit_referrals (visit_id, referral, point_id, visit_month, sector) values (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const id of POINTS)
      db.prepare('insert into points (id, name, created_at) values (?, ?, ?)').run(
        id,
        id,
        '2024-01-01T00:00:00Z',
      );
    for (let n = 0; n < VISITS; n += 1) {
      // Ids in insertion order, so the primary key grows at its end (a year of random UUIDs would
      // take minutes to insert on this machine; the tally does not read ids).
      const id = `${idPrefix}${String(n).padStart(12, '0')}`;
      const point = POINTS[n % POINTS.length]!;
      const month = `2024-${String((n % 12) + 1).padStart(2, '0')}`;
      const date = `${month}-${String((n % 28) + 1).padStart(2, '0')}`;
      const isDeleted = n % 50 === 0; // 2 % tombstones, which must not be counted
      insertVisit.run(
        id,
        point,
        date,
        month,
        `${date}T10:00:00.000+02:00`,
        `${date}T10:05:00.000Z`,
        referenceCatalogue.version,
        ages[n % 3],
        sectors[n % 4],
        isDeleted ? 1 : 0,
      );
      if (isDeleted) continue;
      const first = topics[(n * 7) % topics.length]!;
      const second = topics[(n * 13 + 5) % topics.length]!;
      for (const topic of n % 2 === 0 && first !== second ? [first, second] : [first]) {
        insertTopic.run(id, topic, topic.split('.')[0], point, month, sectors[n % 4]);
      }
      insertReferral.run(id, referrals[n % referrals.length], point, month, sectors[n % 4]);
    }
  })();
  db.pragma('optimize');
  db.close();
}

try {
  const fresh = await openSqliteStore({ dataDir }); // migrations, as the server would run them
  const isGenerated = (await fresh.countStoredVisits()) === VISITS;
  await fresh.close();
  if (!isGenerated) {
    const started = performance.now();
    generate();
    console.log(`generated ${VISITS} visits in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const store = await openSqliteStore({ dataDir });
  const range = { from: '2024-01', to: '2024-12', points: POINTS };
  const report = await tallyReport(store, range, referenceCatalogue);
  if (report.visits !== VISITS - VISITS / 50) throw new Error(`tally counted ${report.visits} visits`);
  const tallyRuns = await timed(() => tallyReport(store, range, referenceCatalogue));
  // The reports' points table with both comparisons (issue 14): the same answer with previous and yearEarlier.
  const compared = () => tallyReport(store, range, referenceCatalogue, { previous: true, year: true });
  if (Object.keys((await compared()).byPoint).length !== POINTS.length)
    throw new Error('points table incomplete');
  const pointsRuns = await timed(compared);

  const plain = openSqliteConnection(join(dataDir, SQLITE_FILE));
  const groupBy = plain.prepare(
    `select visit_month, count(*) as n from visits where visit_month between '2024-01' and '2024-12' group by visit_month`,
  );
  const plainRuns = await timed(() => groupBy.all());
  plain.close();

  const app = await buildApp({ store, bootstrapAdmin: 'bench:bench-password-123' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username: 'bench', password: 'bench-password-123' },
  });
  const { token } = login.json() as { token: string };
  const download = (format: string) => async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/tallies?from=2024-01&to=2024-12&format=${format}&lang=fi`,
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.statusCode !== 200) throw new Error(`${format}: ${response.statusCode} ${response.body}`);
  };
  const csvRuns = await timed(download('csv'));
  const xlsxRuns = await timed(download('xlsx'));
  await app.close();
  await store.close();

  const round = (n: number) => Number(n.toPrecision(3));
  const [tallyMs, plainMs] = [median(tallyRuns), median(plainRuns)];
  recordResults(
    {
      'tally.oneYear1MVisitsMs': round(tallyMs),
      'tally.pointsYear1MVisitsMs': round(median(pointsRuns)),
      'tally.ratioToPlainGroupBy': round(tallyMs / plainMs),
      'tally.csvExportYearMs': round(median(csvRuns)),
      'tally.xlsxExportYearMs': round(median(xlsxRuns)),
    },
    {
      'tally.oneYear1MVisitsMs': tallyRuns,
      'tally.pointsYear1MVisitsMs': pointsRuns,
      'tally.ratioToPlainGroupBy': tallyRuns.map((ms, i) => ms / plainRuns[i]!),
      'tally.csvExportYearMs': csvRuns,
      'tally.xlsxExportYearMs': xlsxRuns,
    },
  );
  console.log(`plain GROUP BY: ${round(plainMs)} ms`);
} finally {
  if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
}
