import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Visit } from '../src/domain/visit';
import { dropPostgresSchema, openPostgresStore } from '../src/server/store/postgres';
import { openSqliteConnection, openSqliteStore, SQLITE_FILE } from '../src/server/store/sqlite';
import { referralRowsOf, topicRowsOf, visitRowOf } from '../src/server/store/visit-rows';
import { startServer } from '../test/support/server-process';
import { makeVisit } from '../test/support/visit-factory';
import { signInAsAdmin } from '../test/support/http-admin';
import { recordResults } from './results';

// sync.ingestVisitsPerSec: visits/s accepted over real HTTP (a separate server process) at 500 per
// batch on a fresh SQLite data dir, one tablet sending batches one after another.
// sync.ingestRatioToRawSqlite: that rate ÷ raw better-sqlite3 inserts of the same rows into the
// same schema (same pragmas) in one transaction. sync.ingestVisitsPerSecPostgres with DATABASE_URL.
// The rate and the ratio are medians of three runs, taken in turns, so a noisy moment of a shared
// machine tilts neither side alone. sync.ingestVisitsPerSecOver200kStored: one run of the same HTTP
// rate into a store that already holds 200,000 visits (a year of a large point), to show that a
// batch's cost does not grow with the data.
const BATCHES = 40;
const PER_BATCH = 500;
const WARM_UP = 4;
const RUNS = 3;
const STORED = 200_000;

function visitsFor(pointId: string, count: number): Visit[] {
  return Array.from({ length: count }, (_, i) =>
    makeVisit({
      pointId,
      visitDate: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ageGroup: ['families', 'working-age', 'older'][i % 3]!,
      sector: i % 4 === 0 ? 'social' : 'health',
      topics: i % 4 === 0 ? ['social.income', 'practical.forms'] : ['health.prescription'],
      referrals: i % 5 === 0 ? ['resolved'] : [],
    }),
  );
}

/**
 * Send pre-serialised batches one after another to a server started with `options` (on SQLite
 * unless they say otherwise); visits accepted per second.
 */
async function ingestRate(options: Parameters<typeof startServer>[0] = {}): Promise<number> {
  const server = await startServer(options);
  try {
    const { token } = await (await signInAsAdmin(server.url)).enrolTablet('bench');
    const bodies = Array.from({ length: WARM_UP + BATCHES }, () =>
      JSON.stringify({ visits: visitsFor('bench', PER_BATCH) }),
    );
    const send = async (body: string) => {
      const response = await fetch(`${server.url}/api/v1/visits/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { results: { status: string }[] };
      const accepted = answer.results.filter((r) => r.status === 'accepted').length;
      if (accepted !== PER_BATCH)
        throw new Error(`only ${accepted} of ${PER_BATCH} accepted: ${JSON.stringify(answer).slice(0, 300)}`);
    };
    for (const body of bodies.slice(0, WARM_UP)) await send(body);
    const started = performance.now();
    for (const body of bodies.slice(WARM_UP)) await send(body);
    return (BATCHES * PER_BATCH) / ((performance.now() - started) / 1000);
  } finally {
    await server.stop();
    server.dispose();
  }
}

/** Insert visits straight into a new store's schema with prepared statements, one transaction; seconds taken. */
async function insertRaw(dataDir: string, visits: Visit[]): Promise<number> {
  await (await openSqliteStore({ dataDir })).close();
  const db: SqliteDatabase.Database = openSqliteConnection(join(dataDir, SQLITE_FILE));
  const receivedAt = new Date().toISOString();
  const insertVisit = db.prepare(
    `insert into visits (id, point_id, device_id, rev, visit_date, visit_month, recorded_at, received_at, catalogue_version, age_group, sector, deleted, service_language, face_to_face_reasons, municipality, channel)
       values (@id, @point_id, @device_id, @rev, @visit_date, @visit_month, @recorded_at, @received_at, @catalogue_version, @age_group, @sector, @deleted, @service_language, @face_to_face_reasons, @municipality, @channel)`,
  );
  const insertTopic = db.prepare(
    'insert into visit_topics (visit_id, topic, topic_group, point_id, visit_month) values (@visit_id, @topic, @topic_group, @point_id, @visit_month)',
  );
  const insertReferral = db.prepare(
    'insert into visit_referrals (visit_id, referral, point_id, visit_month) values (@visit_id, @referral, @point_id, @visit_month)',
  );
  const insertAll = db.transaction((all: Visit[]) => {
    for (const visit of all) {
      insertVisit.run(visitRowOf(visit, 'device', receivedAt));
      for (const row of topicRowsOf(visit)) insertTopic.run(row);
      for (const row of referralRowsOf(visit)) insertReferral.run(row);
    }
  });
  const started = performance.now();
  insertAll(visits);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

/** The benchmark's rows straight into the same schema: the baseline of the ratio. */
async function rawSqliteRate(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-raw-'));
  try {
    const count = BATCHES * PER_BATCH;
    return count / (await insertRaw(dataDir, visitsFor('bench', count)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const httpRates: number[] = [];
const rawRates: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  httpRates.push(await ingestRate());
  rawRates.push(await rawSqliteRate());
}
const httpRate = median(httpRates);
const rawRate = median(rawRates);
console.log(
  `HTTP ingest runs: ${httpRates.map(round).join(', ')} visits/s; raw SQLite insert runs: ${rawRates.map(round).join(', ')} visits/s`,
);
const figures: Record<string, number> = {
  'sync.ingestVisitsPerSec': round(httpRate),
  'sync.ingestRatioToRawSqlite': Math.round((httpRate / rawRate) * 100) / 100,
};
const runs: Record<string, number[]> = {
  'sync.ingestVisitsPerSec': httpRates,
  'sync.ingestRatioToRawSqlite': httpRates.map((rate, i) => rate / rawRates[i]!),
};
const fullDir = mkdtempSync(join(tmpdir(), 'neuvo-full-'));
try {
  await insertRaw(fullDir, visitsFor('earlier', STORED));
  figures['sync.ingestVisitsPerSecOver200kStored'] = round(await ingestRate({ dataDir: fullDir }));
} finally {
  rmSync(fullDir, { recursive: true, force: true });
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `bench_${process.pid}`;
  await (await openPostgresStore({ databaseUrl, schema })).close();
  try {
    figures['sync.ingestVisitsPerSecPostgres'] = round(
      await ingestRate({
        env: { DATABASE_URL: `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}` },
      }),
    );
  } finally {
    await dropPostgresSchema(databaseUrl, schema);
  }
} else {
  console.log('sync.ingestVisitsPerSecPostgres: skipped (DATABASE_URL is not set)');
}
recordResults(figures, runs);
