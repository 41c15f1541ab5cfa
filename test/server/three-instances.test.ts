import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/domain/visit';
import { dropPostgresSchema, openPostgresStore } from '../../src/server/store/postgres';
import type { Store } from '../../src/server/store/store';
import { signInAsAdmin } from '../support/http-admin';
import { roundRobinProxy } from '../support/round-robin-proxy';
import { startServer, type RunningServer } from '../support/server-process';
import { assertSynced } from '../support/sync-checker';
import { makeVisit } from '../support/visit-factory';
import { databaseUrl } from './app-fixture';
import { contractOf } from './tally-support';

const visitsAt = (pointId: string, n: number, month = 1) =>
  Array.from({ length: n }, (_, i) =>
    makeVisit({
      pointId,
      visitDate: `2023-0${((i + month) % 6) + 1}-1${i % 10}`,
      topics: i % 3 ? ['health.prescription'] : ['social.income', 'practical.forms'],
      referrals: i % 4 ? [] : ['resolved'],
    }),
  );
const nextRev = (visits: Visit[], change: Partial<Visit>) =>
  visits.map((v) => ({ ...v, ...change, rev: v.rev + 1 }));

/** A tablet's send through the load balancer: the answer's statuses, or null when it got none. */
async function send(url: string, token: string, visits: Visit[]): Promise<string[] | null> {
  try {
    const response = await fetch(`${url}/api/v1/visits/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ visits }),
    });
    if (response.status !== 200) {
      await response.arrayBuffer();
      return null;
    }
    return ((await response.json()) as { results: { status: string }[] }).results.map((r) => r.status);
  } catch {
    return null;
  }
}

/** Send until answered, as the tablet's outbox does after a failure (here without the backoff). */
async function sendUntilAnswered(url: string, token: string, visits: Visit[]): Promise<string[]> {
  for (;;) {
    const statuses = await send(url, token, visits);
    if (statuses) return statuses;
  }
}

describe('three instances on one PostgreSQL behind a round-robin load balancer', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(!databaseUrl)(
    `count every visit exactly once through duplicate sends, racing edits and an instance killed mid-batch${databaseUrl ? '' : ' (skipped: DATABASE_URL is not set; .ci/run sets it)'}`,
    { timeout: 300_000 },
    async () => {
      // A schema of its own, created empty: the three instances race to migrate it.
      const schema = `three_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      cleanups.push(() => dropPostgresSchema(databaseUrl!, schema));
      const env = {
        DATABASE_URL: `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      };
      const instances: RunningServer[] = await Promise.all([1, 2, 3].map(() => startServer({ env })));
      for (const instance of instances) {
        cleanups.push(async () => {
          if (instance.process.exitCode === null && instance.process.signalCode === null)
            await instance.stop();
          instance.dispose();
        });
      }
      const balancer = await roundRobinProxy(instances.map((i) => i.url));
      cleanups.push(balancer.close);

      // Sign-in, points and enrolment codes made on one instance work on the others.
      const admin = await signInAsAdmin(balancer.url);
      const a = await admin.enrolTablet('hyvinkaa', 'Desk A');
      const b = await admin.enrolTablet('kerava', 'Desk B');
      expect(new Set(balancer.sentTo).size).toBe(3);

      // The same batch sent at once through different instances.
      const aFirst = visitsAt('hyvinkaa', 200);
      const copies = await Promise.all([1, 2, 3].map(() => sendUntilAnswered(balancer.url, a.token, aFirst)));
      for (let i = 0; i < aFirst.length; i += 1) {
        expect(copies.map((c) => c[i]).sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
      }

      // Edits racing: rev 2 of the same visits, in opposite orders, through different instances.
      const aEdited = nextRev(aFirst, { sector: 'social', topics: ['social.housing'] });
      const bFirst = visitsAt('kerava', 150, 2);
      const bEdited = nextRev(bFirst, { deleted: true });
      await Promise.all([
        sendUntilAnswered(balancer.url, a.token, [...aEdited].reverse()),
        sendUntilAnswered(balancer.url, b.token, bFirst),
        sendUntilAnswered(balancer.url, a.token, aFirst),
        sendUntilAnswered(balancer.url, b.token, bEdited),
        sendUntilAnswered(balancer.url, b.token, bFirst),
      ]);

      // Big batches from both tablets; one instance is killed (SIGKILL) as the first answer comes.
      const batches = Array.from({ length: 12 }, (_, n) =>
        n % 2
          ? { token: b.token, visits: visitsAt('kerava', 400, n) }
          : { token: a.token, visits: visitsAt('hyvinkaa', 400, n) },
      );
      const victim = instances[1]!;
      let killing: Promise<void> | undefined;
      const unanswered: typeof batches = [];
      await Promise.all(
        batches.map(async (batch) => {
          const statuses = await send(balancer.url, batch.token, batch.visits);
          if (!statuses) unanswered.push(batch);
          if (!killing) killing = victim.kill();
        }),
      );
      await killing;
      balancer.markDown(victim.url);
      // The victim died with batches in flight: their tablets got no answer.
      expect(unanswered.length).toBeGreaterThan(0);
      // Every batch is sent again, answered or not, as a tablet that lost its answers would.
      for (const batch of batches) {
        const statuses = await sendUntilAnswered(balancer.url, batch.token, batch.visits);
        expect(statuses.every((s) => s === 'accepted' || s === 'duplicate')).toBe(true);
      }

      const store: Store = await openPostgresStore({ databaseUrl: databaseUrl!, schema });
      cleanups.push(() => store.close());
      const created = [
        ...aFirst,
        ...aEdited,
        ...bFirst,
        ...bEdited,
        ...batches.flatMap((batch) => batch.visits),
      ];
      const check = assertSynced(created, await store.listVisits());

      // The running tally counts, read through the balancer, count each visit once.
      const tally = (await admin.call('/api/v1/tallies?from=2023-01&to=2023-06')) as Parameters<
        typeof contractOf
      >[0];
      expect(contractOf(tally).visits).toBe(check.created.visits);
      expect(contractOf(tally)).toEqual(check.created);
    },
  );
});
