import { afterEach, describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { buildApp } from '../../src/server/app';
import { ADMIN, freshStore, testServer, type TestServer } from './app-fixture';

let server: TestServer;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
const start = async (options: Parameters<typeof testServer>[1] = {}) => {
  server = await testServer('sqlite', options);
  closers.push(server.close);
  return server;
};

describe('rate limits', () => {
  it('answers 429 with Retry-After once a device sends too many batches, per device', async () => {
    await start({ batchesPerMinute: 3 });
    const busy = await server.enrolTablet('hyvinkaa', 'Busy');
    const quiet = await server.enrolTablet('kerava', 'Quiet');
    for (let i = 0; i < 3; i += 1)
      expect((await server.sendBatch(busy.token, [makeVisit()])).statusCode).toBe(200);
    const limited = await server.sendBatch(busy.token, [makeVisit()]);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toEqual({ error: 'too-many-requests', message: expect.any(String) });
    expect((await server.sendBatch(quiet.token, [makeVisit({ pointId: 'kerava' })])).statusCode).toBe(200);
    expect(await server.store.countStoredVisits()).toBe(4);
  });

  it('refuses sign-in after 10 failures for that name, even with the right password, until the window passes', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    await start({ clock: () => now });
    const attempt = (password: string) =>
      server.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: ADMIN.username, password },
      });
    for (let i = 0; i < 10; i += 1) expect((await attempt('guess-number-' + i)).statusCode).toBe(401);
    const blocked = await attempt(ADMIN.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe(String(15 * 60));
    expect(blocked.json().error).toBe('too-many-login-failures');
    // Another name from the same address is not blocked.
    expect(
      (
        await server.call({
          method: 'POST',
          url: '/api/v1/session',
          payload: { username: 'other', password: 'x' },
        })
      ).statusCode,
    ).toBe(401);
    now = new Date(now.getTime() + 15 * 60_000);
    expect((await attempt(ADMIN.password)).statusCode).toBe(200);
  });
});

describe('sessions and enrolment codes expire', () => {
  it('ends a session after 12 hours and refuses an enrolment code after 15 minutes', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    await start({ clock: () => now });
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    const { code, expiresAt } = (
      await server.asAdmin('POST', '/api/v1/points/hyvinkaa/enrolments', {})
    ).json() as { code: string; expiresAt: string };
    expect(expiresAt).toBe('2026-11-23T08:15:00.000Z');
    now = new Date('2026-11-23T08:15:00Z');
    const late = await server.call({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code, label: 'Desk' },
    });
    expect(late.statusCode).toBe(401);
    now = new Date('2026-11-23T20:00:00Z');
    expect((await server.asAdmin('GET', '/api/v1/points')).statusCode).toBe(401);
  });
});

describe('first start without a bootstrap admin', () => {
  it('accepts the printed setup code once, then refuses it', async () => {
    const { store, dispose } = await freshStore('sqlite');
    const app = await buildApp({ store });
    closers.push(async () => {
      await app.close();
      await dispose();
    });
    const code = app.setupCode()!;
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const body = { code, username: 'first-admin', password: 'a long enough password' };
    const isNeeded = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/setup' })).json<{ isNeeded: boolean }>().isNeeded;
    expect(await isNeeded()).toBe(true);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...body, code: 'WRONGCOD' } }))
        .statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body })).statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body })).statusCode).toBe(409);
    expect(app.setupCode()).toBeNull();
    expect(await isNeeded()).toBe(false);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'first-admin', password: 'a long enough password' },
    });
    expect(login.json()).toMatchObject({ role: 'admin' });
  });
});

describe('security headers', () => {
  it('sends the strict Content-Security-Policy on API answers', async () => {
    await start();
    const response = await server.call({ method: 'GET', url: '/api/v1/health' });
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
