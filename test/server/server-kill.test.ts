import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/domain/visit';
import { dropPostgresSchema, openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { startServer, type RunningServer } from '../support/server-process';
import { assertSynced } from '../support/sync-checker';
import { makeVisit } from '../support/visit-factory';
import { backends, databaseUrl } from './app-fixture';
import { postBatch, signInAsAdmin } from '../support/http-admin';

const BATCHES = 24;
const PER_BATCH = 250;
const IN_FLIGHT = 4;

/** Where the real server keeps its data: a data dir, and for PostgreSQL a fresh schema. */
function database(kind: 'sqlite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-kill-'));
  if (kind === 'sqlite') {
    return {
      dataDir,
      env: { DATABASE_URL: '' },
      open: () => openSqliteStore({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schema = `k_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    dataDir,
    env: { DATABASE_URL: url },
    // Opening the store first creates the schema the server's search_path points at.
    open: () => openPostgresStore({ databaseUrl: databaseUrl!, schema }),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await dropPostgresSchema(databaseUrl!, schema);
    },
  };
}

/**
 * Send batches a few at a time; kill the server as soon as `killAfter` answers have arrived, so
 * other batches are mid-flight (some committed but unanswered, some not committed at all).
 */
async function sendUntilKilled(server: RunningServer, token: string, batches: Visit[][], killAfter: number) {
  const acknowledged: Visit[] = [];
  let answers = 0;
  let killing: Promise<void> | undefined;
  let next = 0;
  const worker = async () => {
    while (next < batches.length && !killing) {
      const batch = batches[next++]!;
      try {
        const answer = await postBatch(server.url, token, batch);
        answer.results.forEach((r, i) => r.status !== 'rejected' && acknowledged.push(batch[i]!));
        answers += 1;
        if (answers === killAfter) killing = server.kill();
      } catch {
        return; // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await killing;
  return acknowledged;
}

describe.each(backends)('the server killed (SIGKILL) mid-batch on $title', ({ kind, skip }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(skip)(
    'keeps every acknowledged visit, and after a restart the resent batches complete the data exactly once',
    { timeout: 90_000 },
    async () => {
      const db = database(kind);
      cleanups.push(db.dispose);
      let store: Store = await db.open();
      await store.close();
      const first = await startServer({ dataDir: db.dataDir, env: db.env });
      cleanups.push(async () => void (first.process.exitCode === null && (await first.kill())));
      const { token } = await (await signInAsAdmin(first.url)).enrolTablet('hyvinkaa');
      const created = Array.from({ length: BATCHES * PER_BATCH }, (_, i) =>
        makeVisit({
          visitDate: `2023-0${(i % 6) + 1}-0${(i % 9) + 1}`,
          topics: i % 2 ? ['health.prescription', 'practical.forms'] : ['social.income'],
        }),
      );
      const batches = Array.from({ length: BATCHES }, (_, b) =>
        created.slice(b * PER_BATCH, (b + 1) * PER_BATCH),
      );

      const acknowledged = await sendUntilKilled(first, token, batches, 3);
      expect(acknowledged.length).toBeGreaterThanOrEqual(3 * PER_BATCH);
      expect(acknowledged.length).toBeLessThan(created.length);

      const second = await startServer({ dataDir: db.dataDir, env: db.env });
      cleanups.push(second.stop);
      store = await db.open();
      cleanups.push(() => store.close());
      const heldAfterKill = new Set((await store.listVisits()).map((v) => v.id));
      expect(acknowledged.filter((v) => !heldAfterKill.has(v.id))).toEqual([]);

      // The tablet resends everything it has not seen acknowledged (here: simply everything).
      for (const batch of batches) {
        const answer = await postBatch(second.url, token, batch);
        expect(answer.results.every((r) => r.status === 'accepted' || r.status === 'duplicate')).toBe(true);
      }
      assertSynced(created, await store.listVisits());
    },
  );
});
