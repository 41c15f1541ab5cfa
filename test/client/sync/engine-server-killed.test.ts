import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { createSyncEngine } from '../../../src/client/sync/engine';
import { createFetchTransport, type FetchLike } from '../../../src/client/sync/transport';
import { signInAsAdmin } from '../../support/http-admin';
import { startServer, type RunningServer } from '../../support/server-process';
import { checkSynced, freshTablet, logVisits } from './harness';

const POINT = 'jarvenpaa';

describe('sync engine when the server process is killed mid-batch', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    server?.dispose();
  });

  it(
    'loses nothing and stores nothing twice across a SIGKILL and a restart on the same database',
    { timeout: 60_000 },
    async () => {
      const enrolled = await (await signInAsAdmin(server.url)).enrolTablet(POINT);
      const db = await freshTablet({ token: enrolled.token, pointId: POINT, deviceId: enrolled.deviceId });
      await logVisits(db, 1600, POINT);

      let batchCalls = 0;
      // The second batch is in flight when the server dies: it may or may not have committed.
      const fetchToCurrentServer: FetchLike = async (path, init) => {
        const request = fetch(server.url + path, init);
        if (path.endsWith('/visits/batch') && ++batchCalls === 2) {
          // The request fails while the kill is awaited; the engine sees that failure when it awaits the
          // request. Marking it handled now keeps Node from reporting it as an unhandled rejection.
          request.catch(() => undefined);
          await server.kill();
        }
        return request;
      };
      const engine = createSyncEngine({
        db,
        transport: createFetchTransport({ fetch: fetchToCurrentServer }),
        locks: null,
      });
      expect(await engine.drain()).toMatchObject({ kind: 'failed', error: { reason: 'network' } });
      expect(await db.visits.where('isPending').equals(1).count()).toBeGreaterThan(0);

      server = await startServer({ dataDir: server.dataDir });
      expect(await engine.drain()).toMatchObject({ kind: 'done' });

      const store = await openSqliteStore({ dataDir: server.dataDir });
      try {
        expect(await store.countStoredVisits()).toBe(1600);
        expect(await checkSynced([db], await store.listVisits())).toEqual([]);
      } finally {
        await store.close();
      }
    },
  );
});
