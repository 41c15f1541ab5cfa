import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { makeVisit } from '../support/visit-factory';
import { backends, freshStore, TEST_SCRYPT_COST, testServer, type TestServer } from './app-fixture';

const STRANGER = '198.51.100.7';
const TABLET_ADDRESS = '192.0.2.10';

describe.each(backends)('strangers cannot flood on $title', ({ kind, skip }) => {
  let server: TestServer | undefined;
  let now: Date;
  const clock = () => now;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async () => {
    now = new Date('2026-03-02T08:00:00.000Z');
    server = await testServer(kind, {
      clock,
      addressLimits: { batchesPerMinute: 5, enrolmentsPerMinute: 5, signInsPerMinute: 4 },
    });
    return server;
  };
  const batchFrom = (s: TestServer, remoteAddress: string, token: string) =>
    s.call({
      method: 'POST',
      url: '/api/v1/visits/batch',
      remoteAddress,
      headers: { authorization: `Bearer ${token}` },
      payload: { visits: [makeVisit()] },
    });

  it.skipIf(skip)(
    'made-up tokens get 429 with Retry-After by address, the real tablet gets in, and the refusals make one audit row',
    async () => {
      const s = await start();
      const tablet = await s.enrolTablet('hyvinkaa');
      const answers = [];
      for (let i = 0; i < 8; i += 1) answers.push((await batchFrom(s, STRANGER, `made-up-${i}`)).statusCode);
      expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const limited = await batchFrom(s, STRANGER, 'made-up-9');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ error: 'too-many-requests' });

      expect((await batchFrom(s, TABLET_ADDRESS, tablet.token)).statusCode).toBe(200);
      const before = (await s.store.auditLog()).filter((e) => e.action === 'requests-refused');
      expect(before).toEqual([]);

      now = new Date(now.getTime() + 61_000);
      expect((await batchFrom(s, STRANGER, tablet.token)).statusCode).toBe(200);
      // The next refusal in a new minute writes the last minute's row.
      expect((await batchFrom(s, STRANGER, 'made-up-again')).statusCode).toBe(401);
      const rows = (await s.store.auditLog()).filter((e) => e.action === 'requests-refused');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.details).toMatchObject({
        ip: STRANGER,
        count: 9,
        byStatus: { '401': 5, '429': 4 },
      });
    },
  );

  it.skipIf(skip)('sign-in is limited by address before the password is checked', async () => {
    const s = await start();
    const signIn = (remoteAddress: string, password: string) =>
      s.call({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress,
        payload: { username: 'admin', password },
      });
    for (let i = 0; i < 4; i += 1) expect((await signIn(STRANGER, `guess-${i}`)).statusCode).toBe(401);
    const refused = await signIn(STRANGER, 'correct-horse-battery-staple');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await signIn(TABLET_ADDRESS, 'correct-horse-battery-staple')).statusCode).toBe(200);
    now = new Date(now.getTime() + 61_000);
    expect((await signIn(STRANGER, 'correct-horse-battery-staple')).statusCode).toBe(200);
  });

  it.skipIf(skip)('an enrolment code is locked after five wrong guesses at it', async () => {
    const s = await start();
    await s.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
    const newCode = async () =>
      ((await s.asAdmin('POST', '/api/v1/points/kerava/enrolments', {})).json() as { code: string }).code;
    const code = await newCode();
    const enrol = (guess: string, remoteAddress: string) =>
      s.call({
        method: 'POST',
        url: '/api/v1/devices/enrol',
        remoteAddress,
        payload: { code: guess, label: 'Desk' },
      });
    // From five addresses, so the address limit is not what stops them.
    for (let i = 0; i < 5; i += 1) {
      expect((await enrol('WRONG234', `203.0.113.${i + 1}`)).json().error).toBe('bad-enrolment-code');
    }
    const locked = await enrol(code, TABLET_ADDRESS);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toMatchObject({
      error: 'enrolment-code-locked',
      message: expect.stringContaining('ask an administrator for a new one'),
    });
    expect((await enrol(await newCode(), TABLET_ADDRESS)).statusCode).toBe(201);
  });

  it.skipIf(skip)('the setup code expires after 24 hours and the next start prints a new one', async () => {
    now = new Date('2026-03-02T08:00:00.000Z');
    const { store, dispose } = await freshStore(kind, clock);
    const first = await buildApp({ store, clock, passwordCost: TEST_SCRYPT_COST });
    const setUp = (app: typeof first, code: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { code, username: 'paakayttaja', password: 'autumn-lantern-river-42' },
      });
    try {
      const code = first.setupCode()!;
      now = new Date(now.getTime() + 24 * 3600_000 + 1000);
      const expired = await setUp(first, code);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().message).toContain('expired');
      await first.close();

      const restarted = await buildApp({ store, clock, passwordCost: TEST_SCRYPT_COST });
      const fresh = restarted.setupCode()!;
      expect(fresh).not.toBe(code);
      expect((await setUp(restarted, fresh)).statusCode).toBe(201);
      await restarted.close();
    } finally {
      await dispose();
    }
  });
});
