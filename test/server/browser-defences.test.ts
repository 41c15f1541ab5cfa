import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, testServer, type TestServer } from './app-fixture';

/** Cross-site request forgery, caching and the TLS proxy: what a browser on the server's origin relies on. */
describe('browser defences', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const cookieOf = async (s: TestServer) => {
    const login = await s.call({ method: 'POST', url: '/api/v1/session', payload: ADMIN });
    return login.cookies.find((c) => c.name === 'neuvo_session')!.value;
  };
  const createPoint = (s: TestServer, cookie: string, headers: Record<string, string>, id: string) =>
    s.call({
      method: 'POST',
      url: '/api/v1/points',
      cookies: { neuvo_session: cookie },
      headers: { host: 'neuvo.example', ...headers },
      ...(headers['content-type'] === 'text/plain'
        ? { body: JSON.stringify({ id, name: 'Järvenpää' }) }
        : { payload: { id, name: 'Järvenpää' } }),
    });
  const points = async (s: TestServer) =>
    ((await s.asAdmin('GET', '/api/v1/points')).json() as { points: { id: string }[] }).points.map(
      (p) => p.id,
    );

  it('refuses a cross-site cookie POST and accepts the same-origin one (fetch metadata, else Origin)', async () => {
    server = await testServer();
    const cookie = await cookieOf(server);
    const crossSite = await createPoint(server, cookie, { 'sec-fetch-site': 'cross-site' }, 'evil');
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ error: 'cross-site-request' });
    const foreignOrigin = await createPoint(server, cookie, { origin: 'https://evil.example' }, 'evil2');
    expect(foreignOrigin.statusCode).toBe(403);
    const noHeaders = await createPoint(server, cookie, {}, 'evil3');
    expect(noHeaders.statusCode).toBe(403);
    const form = await createPoint(
      server,
      cookie,
      { 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain' },
      'evil4',
    );
    expect(form.statusCode).toBe(415);
    expect(await points(server)).toEqual([]);

    expect((await createPoint(server, cookie, { 'sec-fetch-site': 'same-origin' }, 'one')).statusCode).toBe(
      201,
    );
    // An older browser without fetch metadata: its Origin is our own.
    expect((await createPoint(server, cookie, { origin: 'http://neuvo.example' }, 'two')).statusCode).toBe(
      201,
    );
    // A bearer call (a script, a tablet) carries no ambient credential and needs neither.
    expect((await server.asAdmin('POST', '/api/v1/points', { id: 'three', name: 'Kerava' })).statusCode).toBe(
      201,
    );
    expect(await points(server)).toEqual(['one', 'three', 'two']);
  });

  it('answers with Cache-Control: no-store wherever tokens or accounts travel', async () => {
    server = await testServer();
    await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
    const login = await server.call({ method: 'POST', url: '/api/v1/session', payload: ADMIN });
    expect(login.headers['cache-control']).toBe('no-store');
    for (const url of [
      '/api/v1/session',
      '/api/v1/users',
      '/api/v1/devices',
      '/api/v1/tallies?from=2023-01&to=2023-02',
      '/api/v1/tallies?from=2023-01&to=2023-02&format=csv',
    ]) {
      expect((await server.asAdmin('GET', url)).headers['cache-control'], url).toBe('no-store');
    }
  });

  it('ignores forwarded headers unless TRUST_PROXY is set', async () => {
    server = await testServer();
    const login = await server.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: ADMIN,
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
    });
    expect(login.headers['strict-transport-security']).toBeUndefined();
    expect(login.cookies.find((c) => c.name === 'neuvo_session')!.secure).toBeFalsy();
    const audit = (await server.store.auditLog()).find((e) => e.action === 'login')!;
    expect(audit.details.ip).toBe('127.0.0.1');
  });

  it('behind a trusted TLS proxy takes the address and protocol from it: Secure cookie and HSTS', async () => {
    server = await testServer('sqlite', { trustProxy: '127.0.0.1' });
    const login = await server.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: ADMIN,
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(login.cookies.find((c) => c.name === 'neuvo_session')!.secure).toBe(true);
    const audits = (await server.store.auditLog()).filter((e) => e.action === 'login');
    expect(audits.map((e) => e.details.ip)).toContain('203.0.113.9');
  });
});
