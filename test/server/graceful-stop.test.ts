import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/domain/visit';
import { dropPostgresSchema, openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { signInAsAdmin } from '../support/http-admin';
import { startServer } from '../support/server-process';
import { assertSynced } from '../support/sync-checker';
import { makeVisit } from '../support/visit-factory';
import { backends, databaseUrl } from './app-fixture';

const PER_BATCH = 100;
const MOST_BATCHES = 400;
const IN_FLIGHT = 4;

/** Where the real server keeps its data: a data dir, and for PostgreSQL a fresh schema. */
function database(kind: 'sqlite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-stop-'));
  if (kind === 'sqlite') {
    return {
      dataDir,
      env: { DATABASE_URL: '' },
      open: () => openSqliteStore({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schema = `s_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    dataDir,
    env: { DATABASE_URL: `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}` },
    open: () => openPostgresStore({ databaseUrl: databaseUrl!, schema }),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await dropPostgresSchema(databaseUrl!, schema);
    },
  };
}

type Answer = { batch: Visit[]; status: number | 'no-connection'; retryAfter?: string | null };

/** A tablet's send: the HTTP status, or no connection at all (the server has stopped listening). */
async function send(url: string, token: string, batch: Visit[]): Promise<Answer> {
  try {
    const response = await fetch(`${url}/api/v1/visits/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ visits: batch }),
    });
    await response.arrayBuffer();
    return { batch, status: response.status, retryAfter: response.headers.get('retry-after') };
  } catch {
    return { batch, status: 'no-connection' };
  }
}

describe.each(backends)('stopping the server with SIGTERM during a batch on $title', ({ kind, skip }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(skip)(
    'fails /readyz first, answers every batch in flight after its commit or with a retryable error, never half-stores one, and the re-send completes',
    { timeout: 90_000 },
    async () => {
      const db = database(kind);
      cleanups.push(db.dispose);
      await (await db.open()).close();
      const env = { ...db.env, SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_TIMEOUT_MS: '20000' };
      const first = await startServer({ dataDir: db.dataDir, env });
      cleanups.push(async () => void (first.process.exitCode === null && (await first.kill())));
      const { token } = await (await signInAsAdmin(first.url)).enrolTablet('hyvinkaa');
      const batchOf = () =>
        Array.from({ length: PER_BATCH }, (_, i) =>
          makeVisit({ visitDate: `2023-0${(i % 6) + 1}-1${i % 10}`, topics: ['social.income'] }),
        );

      // Four tablets keep sending until refused; SIGTERM goes as soon as the first answer is in,
      // so other batches are in flight while /readyz already fails and the server then closes.
      const answers: Answer[] = [];
      let notReady = { status: 0, answersBefore: 0 };
      let exited: Promise<number | null> | undefined;
      const tablet = async () => {
        for (let sent = 0; sent < MOST_BATCHES / IN_FLIGHT; sent += 1) {
          const answer = await send(first.url, token, batchOf());
          answers.push(answer);
          if (answer.status !== 200) return;
          if (!exited) {
            exited = new Promise((done) => first.process.once('exit', (code) => done(code)));
            first.process.kill('SIGTERM');
            // The signal lands a moment later: ask until /readyz stops saying ready.
            let ready = 200;
            while (ready === 200) ready = (await fetch(`${first.url}/readyz`)).status;
            notReady = { status: ready, answersBefore: answers.length };
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, tablet));
      expect(await exited).toBe(0);
      // /readyz failed first, while batches were still answered, so a load balancer could move on.
      expect(notReady.status).toBe(503);
      expect(answers.slice(notReady.answersBefore).some((a) => a.status === 200)).toBe(true);

      const store = await db.open();
      cleanups.push(() => store.close());
      const held = new Set((await store.listVisits()).map((v) => v.id));
      for (const answer of answers) {
        const stored = answer.batch.filter((v) => held.has(v.id)).length;
        if (answer.status === 200) expect(stored).toBe(PER_BATCH);
        else {
          // Refused while closing (with Retry-After) or after the port closed; never half-stored.
          expect(answer.status === 'no-connection' || answer.retryAfter !== null, String(answer.status)).toBe(
            true,
          );
          expect([0, PER_BATCH]).toContain(stored);
        }
      }
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(1);
      expect(answers.filter((a) => a.status !== 200)).toHaveLength(IN_FLIGHT);

      // After the restart the tablet sends again everything not acknowledged.
      const second = await startServer({ dataDir: db.dataDir, env: db.env });
      cleanups.push(second.stop);
      for (const answer of answers.filter((a) => a.status !== 200)) {
        const again = await send(second.url, token, answer.batch);
        expect(again.status).toBe(200);
      }
      assertSynced(
        answers.flatMap((a) => a.batch),
        await store.listVisits(),
      );
    },
  );
});
