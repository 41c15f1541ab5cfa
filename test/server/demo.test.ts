import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { visitSchemaFor } from '../../src/domain/visit';
import { buildApp } from '../../src/server/app';
import { keusoteDemoVisits } from '../../src/server/demo/keusote-visits';
import { DEMO_SUPERVISOR, loadDemo } from '../../src/server/demo/load-demo';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { backends, freshStore } from './app-fixture';
import { tallyOf } from './tally-support';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const keusoteTable = {
  families: { social: 6, health: 52, both: 0, total: 58 },
  'working-age': { social: 140, health: 536, both: 0, total: 676 },
  older: { social: 141, health: 631, both: 0, total: 772 },
};

describe('demonstration visits', () => {
  it('are valid wire visits of the reference catalogue, the same on every run', () => {
    const visits = keusoteDemoVisits();
    const schema = visitSchemaFor(referenceCatalogue);
    expect(visits.filter((v) => !schema.safeParse(v).success)).toEqual([]);
    expect(keusoteDemoVisits()).toEqual(visits);
    expect(new Set(visits.map((v) => v.id)).size).toBe(1506);
  });
});

describe.each(backends)('loading the demo on $title', ({ kind, skip }) => {
  it.skipIf(skip)(
    'reproduces the Keusote table for a supervisor of all six points, with topics, referrals and tablets; twice changes nothing',
    { timeout: 60_000 },
    async () => {
      const { store, dispose } = await freshStore(kind);
      cleanups.push(dispose);
      expect(await loadDemo(store)).toEqual({
        pointsCreated: 6,
        visitsStored: 1506,
        supervisorCreated: true,
      });
      expect(await loadDemo(store)).toEqual({ pointsCreated: 0, visitsStored: 0, supervisorCreated: false });
      expect(await store.countStoredVisits()).toBe(1506);
      expect(await store.listDevices()).toHaveLength(6);

      const app = await buildApp({ store });
      cleanups.unshift(() => app.close());
      const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: DEMO_SUPERVISOR });
      const { token } = login.json() as { token: string };
      const tally = await tallyOf(
        (q) =>
          app.inject({
            method: 'GET',
            url: `/api/v1/tallies?${q}`,
            headers: { authorization: `Bearer ${token}` },
          }),
        'from=2023-01&to=2023-06',
      );
      expect(tally.points).toHaveLength(6);
      expect(tally.visits).toBe(1506);
      expect(tally.byAgeGroup).toEqual(keusoteTable);
      for (const month of Object.values(tally.byMonth)) expect(month.visits).toBeGreaterThan(200);
      for (const group of Object.values(tally.byTopicGroup)) expect(group.count).toBeGreaterThan(0);
      expect(tally.byReferral.resolved!.share).toBeGreaterThan(0.4);
      expect(tally.coverage.devices.every((d) => d.lastSyncAt !== null)).toBe(true);
    },
  );
});

describe('npm run demo', () => {
  it('loads the embedded database in NEUVO_DATA_DIR and says how to sign in; a second run adds nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-demo-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/server/demo.ts'], {
        cwd: resolve(import.meta.dirname, '../..'),
        env: { ...process.env, NEUVO_DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
    const first = run();
    expect(first).toContain('visits stored: 1506');
    expect(first).toContain(
      `sign in as "${DEMO_SUPERVISOR.username}" with the password "${DEMO_SUPERVISOR.password}"`,
    );
    expect(first).toContain('/reports');
    expect(run()).toContain('visits stored: 0');
    const store = await openSqliteStore({ dataDir });
    cleanups.unshift(() => store.close());
    expect(await store.countStoredVisits()).toBe(1506);
  }, 60_000);
});
