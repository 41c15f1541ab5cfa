import { afterEach, describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';

const METRICS_TOKEN = 'a-metrics-token-of-some-length';

/** The value of one sample line (`name{labels} value`) in Prometheus text, or undefined. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe.each(backends)('metrics on $title', ({ kind, skip }) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.skipIf(skip)(
    'counts requests by route and status, visits by outcome, batches, tallies and devices by last sync',
    async () => {
      server = await testServer(kind, { metricsToken: METRICS_TOKEN });
      const { token } = await server.enrolTablet();
      await server.enrolTablet('kerava', 'Never synced');
      const visits = [makeVisit(), makeVisit()];
      await server.sendBatch(token, visits);
      await server.sendBatch(token, [visits[0]!, { ...makeVisit(), ageGroup: 'nobody' }]);
      expect((await server.asAdmin('GET', '/api/v1/tallies?from=2023-01&to=2023-12')).statusCode).toBe(200);
      expect(
        (await server.asAdmin('GET', '/api/v1/tallies?from=2023-01&to=2023-12&format=csv')).statusCode,
      ).toBe(200);

      const scrape = await server.call({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(scrape.statusCode).toBe(200);
      expect(scrape.headers['content-type']).toContain('text/plain');
      const text = scrape.body;
      expect(sample(text, 'neuvo_visits_total', 'outcome="accepted"')).toBe(2);
      expect(sample(text, 'neuvo_visits_total', 'outcome="duplicate"')).toBe(1);
      expect(sample(text, 'neuvo_visits_total', 'outcome="rejected"')).toBe(1);
      expect(text).toContain('neuvo_visit_batches_total 2');
      expect(sample(text, 'neuvo_http_requests_total', 'route="/api/v1/visits/batch",status="200"')).toBe(2);
      expect(
        sample(
          text,
          'neuvo_http_request_duration_seconds_count',
          'route="/api/v1/visits/batch",status="200"',
        ),
      ).toBe(2);
      expect(sample(text, 'neuvo_tallies_total', 'format="json"')).toBe(1);
      expect(sample(text, 'neuvo_tallies_total', 'format="csv"')).toBe(1);
      expect(sample(text, 'neuvo_devices', 'last_sync="under-1h"')).toBe(1);
      expect(sample(text, 'neuvo_devices', 'last_sync="never"')).toBe(1);
      if (kind === 'postgres')
        expect(sample(text, 'neuvo_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    },
  );
});

describe('metrics access', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('are off on the public port without a token setting, and refuse a wrong token', async () => {
    server = await testServer('sqlite');
    const off = await server.call({ method: 'GET', url: '/metrics' });
    expect(off.statusCode).toBe(404);
    expect(off.json()).toMatchObject({ error: 'metrics-off' });
    await server.close();

    server = await testServer('sqlite', { metricsToken: METRICS_TOKEN });
    for (const authorization of [undefined, 'Bearer not-the-token', `Bearer ${METRICS_TOKEN}x`]) {
      const refused = await server.call({
        method: 'GET',
        url: '/metrics',
        ...(authorization && { headers: { authorization } }),
      });
      expect(refused.statusCode, authorization).toBe(401);
      expect(refused.body).not.toContain('neuvo_');
    }
  });
});

describe('refused requests in the metrics', () => {
  it('counts 401, 403 and 429 by route group and reason, so a flood shows without reading the audit log', async () => {
    const server = await testServer('sqlite', {
      metricsToken: METRICS_TOKEN,
      addressLimits: { signInsPerMinute: 2 },
    });
    try {
      for (let i = 0; i < 3; i += 1) {
        await server.sendBatch(`made-up-token-${i}`, [makeVisit()]);
      }
      const supervisor = await server.signInSupervisor([]);
      const forbidden = await server.call({
        method: 'GET',
        url: '/api/v1/users',
        headers: { authorization: `Bearer ${supervisor}` },
      });
      expect(forbidden.statusCode).toBe(403);
      // The fixture's own sign-ins used up the address's two a minute: the next one is throttled.
      const throttled = await server.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'x', password: 'y' },
      });
      expect(throttled.statusCode).toBe(429);

      const text = (
        await server.call({
          method: 'GET',
          url: '/metrics',
          headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        })
      ).body;
      const refused = text.split('\n').filter((l) => l.startsWith('neuvo_requests_refused_total{'));
      expect(refused.find((l) => l.includes('status="401"') && l.includes('route_group="visits"'))).toMatch(
        / 3$/,
      );
      expect(refused.find((l) => l.includes('status="403"') && l.includes('route_group="users"'))).toMatch(
        /reason="forbidden".* 1$/,
      );
      expect(refused.find((l) => l.includes('status="429"') && l.includes('route_group="session"'))).toMatch(
        /reason="too-many-requests".* 1$/,
      );
    } finally {
      await server.close();
    }
  });
});
