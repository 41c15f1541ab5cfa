import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Visit } from '../src/domain/visit';
import { dropPostgresSchema } from '../src/server/store/postgres';
import { openSqliteConnection, openSqliteStore, SQLITE_FILE } from '../src/server/store/sqlite';
import { referralRowsOf, topicRowsOf, visitRowOf } from '../src/server/store/visit-rows';
import { signInAsAdmin } from '../test/support/http-admin';
import { roundRobinProxy } from '../test/support/round-robin-proxy';
import { startServer, type RunningServer } from '../test/support/server-process';
import { makeVisit } from '../test/support/visit-factory';
import { recordResults } from './results';

// sync.ingestRatioToDurableRaw: HTTP ingest (500 per batch, one tablet, a server process on SQLite)
// ÷ raw better-sqlite3 inserts of the same rows in batches of 500, each batch its own commit with
// synchronous=FULL: the honest limit for a server that answers after a durable commit. Also the old
// ratio to one single transaction, as information. Medians of three runs taken in turns.
// sync.ingestVisitsPerSecPostgres3Instances: four tablets sending at once through a round-robin
// proxy to three server processes on one PostgreSQL, and its ratio to one instance with the same
// four tablets. The cores are recorded: on a 2-core machine three instances share two cores.
const PER_BATCH = 500;
const BATCHES = 30;
const RUNS = 3;
const TABLETS = 4;

const visitsFor = (pointId: string, count: number): Visit[] =>
  Array.from({ length: count }, (_, i) =>
    makeVisit({
      pointId,
      visitDate: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      sector: i % 4 === 0 ? 'social' : 'health',
      topics: i % 4 === 0 ? ['social.income', 'practical.forms'] : ['health.prescription'],
      referrals: i % 5 === 0 ? ['resolved'] : [],
    }),
  );

/** Send `batches` pre-serialised bodies per tablet, tablets at once; visits accepted per second. */
async function sendRate(url: string, tokens: string[], batches: number): Promise<number> {
  const bodies = tokens.map((_, t) =>
    Array.from({ length: batches }, () => JSON.stringify({ visits: visitsFor(`bench${t}`, PER_BATCH) })),
  );
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, t) => {
      for (const body of bodies[t]!) {
        const response = await fetch(`${url}/api/v1/visits/batch`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { results?: { status: string }[] };
        if (answer.results?.filter((r) => r.status === 'accepted').length !== PER_BATCH) {
          throw new Error(`batch not accepted: ${JSON.stringify(answer).slice(0, 300)}`);
        }
      }
    }),
  );
  return (tokens.length * batches * PER_BATCH) / ((performance.now() - started) / 1000);
}

async function enrol(url: string, count: number): Promise<string[]> {
  const admin = await signInAsAdmin(url);
  const tokens: string[] = [];
  for (let t = 0; t < count; t += 1) tokens.push((await admin.enrolTablet(`bench${t}`)).token);
  return tokens;
}

async function httpSqliteRate(): Promise<number> {
  const server = await startServer();
  try {
    const tokens = await enrol(server.url, 1);
    await sendRate(server.url, tokens, 3); // warm-up
    return await sendRate(server.url, tokens, BATCHES);
  } finally {
    await server.stop();
    server.dispose();
  }
}

/** Raw inserts into a fresh store's schema: `batchSize` rows per commit; visits per second. */
async function rawRate(batchSize: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-raw-'));
  try {
    await (await openSqliteStore({ dataDir })).close();
    const db = openSqliteConnection(join(dataDir, SQLITE_FILE)); // WAL, synchronous=FULL
    const visits = visitsFor('bench', BATCHES * PER_BATCH);
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
    const insertAll = db.transaction((some: Visit[]) => {
      for (const visit of some) {
        insertVisit.run(visitRowOf(visit, 'device', receivedAt));
        for (const row of topicRowsOf(visit)) insertTopic.run(row);
        for (const row of referralRowsOf(visit)) insertReferral.run(row);
      }
    });
    const started = performance.now();
    for (let i = 0; i < visits.length; i += batchSize) insertAll(visits.slice(i, i + batchSize));
    const seconds = (performance.now() - started) / 1000;
    db.close();
    return visits.length / seconds;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `instances` server processes on one fresh PostgreSQL schema, behind the round-robin proxy. */
async function postgresRate(databaseUrl: string, instances: number): Promise<number> {
  const schema = `bench_ops_${process.pid}_${instances}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.end();
  const env = { DATABASE_URL: `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}` };
  const servers: RunningServer[] = [];
  try {
    for (let i = 0; i < instances; i += 1) servers.push(await startServer({ env }));
    const balancer = await roundRobinProxy(servers.map((s) => s.url));
    try {
      const tokens = await enrol(balancer.url, TABLETS);
      await sendRate(balancer.url, tokens, 2); // warm-up
      return await sendRate(balancer.url, tokens, Math.ceil(BATCHES / TABLETS));
    } finally {
      await balancer.close();
    }
  } finally {
    for (const server of servers) {
      await server.stop();
      server.dispose();
    }
    await dropPostgresSchema(databaseUrl, schema);
  }
}

const round = (n: number) => Math.round(n);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const http: number[] = [];
const durable: number[] = [];
const single: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  http.push(await httpSqliteRate());
  durable.push(await rawRate(PER_BATCH));
  single.push(await rawRate(BATCHES * PER_BATCH));
}
console.log(
  `HTTP: ${http.map(round).join(', ')}; raw, a commit per 500: ${durable.map(round).join(', ')}; raw, one transaction: ${single.map(round).join(', ')} visits/s`,
);
const figures: Record<string, number> = {
  'sync.ingestRatioToDurableRaw': ratio(median(http), median(durable)),
  'sync.ingestRatioToRawSqliteOneTransaction': ratio(median(http), median(single)),
};
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const one = await postgresRate(databaseUrl, 1);
  const three = await postgresRate(databaseUrl, 3);
  figures['sync.ingestVisitsPerSecPostgres1Instance'] = round(one);
  figures['sync.ingestVisitsPerSecPostgres3Instances'] = round(three);
  figures['sync.ingestRatioPostgres3To1Instances'] = ratio(three, one);
  figures['sync.benchCpuCores'] = availableParallelism();
} else {
  console.log('sync.ingestVisitsPerSecPostgres3Instances: skipped (DATABASE_URL is not set)');
}
recordResults(figures);
