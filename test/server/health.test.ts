import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { openPostgresStore, dropPostgresSchema } from '../../src/server/store/postgres';
import { tcpProxy } from '../support/tcp-proxy';
import { makeVisit } from '../support/visit-factory';
import { backends, databaseUrl, testServer, type TestServer } from './app-fixture';

describe.each(backends)('health and readiness on $title', ({ kind, skip }) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.skipIf(skip)('answers /healthz and /readyz while the database is migrated and reachable', async () => {
    server = await testServer(kind);
    const health = await server.call({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await server.call({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it.skipIf(skip)(
    'while shutting down, /readyz fails first; once closing, every request gets 503 with Retry-After',
    async () => {
      server = await testServer(kind);
      server.app.shutdownState.isDraining = true;
      expect((await server.call({ method: 'GET', url: '/readyz' })).json()).toEqual({
        status: 'not-ready',
        reason: 'shutting down',
      });
      // Still draining: the load balancer has not noticed yet, so requests are served as usual.
      expect((await server.call({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      const { token } = await server.enrolTablet();
      expect((await server.sendBatch(token, [makeVisit()])).statusCode).toBe(200);

      server.app.shutdownState.isClosing = true;
      const refused = await server.sendBatch(token, [makeVisit()]);
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.json()).toMatchObject({ error: 'shutting-down' });
    },
  );
});

describe('a PostgreSQL database that goes away', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(!databaseUrl)(
    `answers 503 with Retry-After on /readyz and on writes, loses nothing, and recovers when it returns${databaseUrl ? '' : ' (skipped: DATABASE_URL is not set)'}`,
    { timeout: 30_000 },
    async () => {
      const url = new URL(databaseUrl!);
      const proxy = await tcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      cleanups.push(proxy.close);
      const proxied = new URL(databaseUrl!);
      proxied.port = String(proxy.port);
      const schema = `gone_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const store = await openPostgresStore({ databaseUrl: proxied.toString(), schema });
      cleanups.push(() => dropPostgresSchema(databaseUrl!, schema));
      cleanups.push(() => store.close());
      const app = await buildApp({ store, bootstrapAdmin: 'admin:correct-horse-battery-staple' });
      cleanups.push(() => app.close());
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'admin', password: 'correct-horse-battery-staple' },
      });
      const admin = { authorization: `Bearer ${(login.json() as { token: string }).token}` };
      await app.inject({
        method: 'POST',
        url: '/api/v1/points',
        headers: admin,
        payload: { id: 'p1', name: 'P1' },
      });
      const { code } = (
        await app.inject({ method: 'POST', url: '/api/v1/points/p1/enrolments', headers: admin, payload: {} })
      ).json() as { code: string };
      const { token } = (
        await app.inject({ method: 'POST', url: '/api/v1/devices/enrol', payload: { code, label: 'Desk' } })
      ).json() as { token: string };
      const send = (visits: unknown[]) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/visits/batch',
          headers: { authorization: `Bearer ${token}` },
          payload: { visits },
        });
      const before = [makeVisit({ pointId: 'p1' })];
      expect((await send(before)).statusCode).toBe(200);

      proxy.cut();
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'not-ready' });
      const during = [makeVisit({ pointId: 'p1' })];
      const refused = await send(during);
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.json()).toMatchObject({
        error: expect.stringMatching(/database-unavailable|not-signed-in/),
      });

      proxy.restore();
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      const resent = (await send([...before, ...during])).json() as { results: { status: string }[] };
      expect(resent.results.map((r) => r.status)).toEqual(['duplicate', 'accepted']);
      expect((await store.listVisits()).map((v) => v.id).sort()).toEqual(
        [before[0]!.id, during[0]!.id].sort(),
      );
    },
  );
});
