import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/domain/visit';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { postBatch, signInAsAdmin } from '../support/http-admin';
import { startServer } from '../support/server-process';
import { assertSynced } from '../support/sync-checker';
import { makeVisit } from '../support/visit-factory';
import { backends, databaseUrl } from './app-fixture';

const PER_BATCH = 50;
const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** `npm run backup|restore -- <file>` as an operator runs it, with the server's settings. */
async function ops(command: 'backup' | 'restore', file: string, env: Record<string, string>) {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', `src/server/ops/${command}.ts`, file],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', ...env },
      },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A database of its own for each side of the drill: a data folder, or a new PostgreSQL database. */
async function place(kind: 'sqlite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-drill-'));
  if (kind === 'sqlite') {
    return {
      dataDir,
      env: { NEUVO_DATA_DIR: dataDir, DATABASE_URL: '' } as Record<string, string>,
      open: (): Promise<Store> => openSqliteStore({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `drill_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl!);
  url.pathname = `/${name}`;
  return {
    dataDir,
    env: { NEUVO_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    open: (): Promise<Store> => openPostgresStore({ databaseUrl: url.toString() }),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

describe.each(backends)('the restore drill on $title', ({ kind, skip }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(skip)(
    'backs up during continuous ingest; the restored copy holds every visit acknowledged before the backup once, and re-sends complete it',
    { timeout: 120_000 },
    async () => {
      const source = await place(kind);
      cleanups.push(source.dispose);
      const server = await startServer({ dataDir: source.dataDir, env: source.env });
      cleanups.push(async () => void (server.process.exitCode === null && (await server.stop())));
      const { token } = await (await signInAsAdmin(server.url)).enrolTablet('hyvinkaa');

      // A tablet sends batch after batch; the backup starts once a few are acknowledged.
      const sent: Visit[] = [];
      const acknowledged: Visit[] = [];
      let isBackupDone = false;
      let batchesAfterBackup = 0;
      const ingest = (async () => {
        while (batchesAfterBackup < 3) {
          const batch = Array.from({ length: PER_BATCH }, (_, i) =>
            makeVisit({ visitDate: `2023-0${(i % 6) + 1}-1${i % 10}`, topics: ['health.prescription'] }),
          );
          sent.push(...batch);
          await postBatch(server.url, token, batch);
          acknowledged.push(...batch);
          if (isBackupDone) batchesAfterBackup += 1;
          // Two batches a second once the backup may run: under the device's limit of 120 a minute
          // (a fast machine would otherwise be answered 429), however long the backup takes.
          if (acknowledged.length >= 5 * PER_BATCH) await new Promise((pause) => setTimeout(pause, 500));
        }
      })();
      while (acknowledged.length < 5 * PER_BATCH) await new Promise((tick) => setImmediate(tick));
      const acknowledgedBeforeBackup = [...acknowledged];
      const file = join(source.dataDir, `..`, `neuvo-backup-${process.pid}-${Date.now()}`);
      cleanups.push(async () => rmSync(file, { force: true }));
      const backedUp = await ops('backup', file, source.env);
      isBackupDone = true;
      expect(backedUp.output).toContain('Backed up');
      expect(backedUp.code).toBe(0);
      await ingest;
      await server.stop();

      // Restoring over data refuses; into an empty place it works.
      const refused = await ops('restore', file, source.env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/not empty/);
      const target = await place(kind);
      cleanups.push(target.dispose);
      const restored = await ops('restore', file, target.env);
      expect(restored.output).toContain('Restored');
      expect(restored.code).toBe(0);

      const copy = await startServer({ dataDir: target.dataDir, env: target.env });
      cleanups.push(copy.stop);
      const store = await target.open();
      cleanups.push(() => store.close());
      const held = (await store.listVisits()).map((v) => v.id);
      const heldOnce = new Set(held);
      expect(held.length).toBe(heldOnce.size);
      expect(acknowledgedBeforeBackup.filter((v) => !heldOnce.has(v.id))).toEqual([]);

      // The tablet sends again what the copy may lack (here: everything it ever sent).
      for (let b = 0; b < sent.length; b += 500) {
        const answer = await postBatch(copy.url, token, sent.slice(b, b + 500));
        expect(answer.results.every((r) => r.status !== 'rejected')).toBe(true);
      }
      assertSynced(sent, await store.listVisits());
    },
  );
});
