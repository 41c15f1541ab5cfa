import { generateSync } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, backends, SUPERVISOR, testServer, type TestServer } from './app-fixture';

/** The code an authenticator app shows for `secret` at `now`. */
const codeAt = (secret: string, now: Date) =>
  generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });

describe.each(backends)('the second factor on $title', ({ kind, skip }) => {
  let server: TestServer;
  let now: Date;
  beforeEach(async () => {
    if (skip) return;
    now = new Date('2026-03-02T08:00:00Z');
    server = await testServer(kind, { clock: () => now, isAdminSecondFactorRequired: true });
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  const as = (token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    server.call({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload && { payload }) });
  const signIn = (credentials: { username: string; password: string; code?: string }) =>
    server.call({ method: 'POST', url: '/api/v1/session', payload: credentials });
  const actions = async () => (await server.store.auditLog()).map((e) => e.action);
  /** Enrol with the token's session; the secret and the recovery codes. */
  const enrol = async (token: string) => {
    const started = await as(token, 'POST', '/api/v1/session/second-factor');
    expect(started.statusCode).toBe(201);
    const { secret, uri } = started.json() as { secret: string; uri: string };
    expect(uri).toMatch(new RegExp(`^otpauth://totp/Neuvo:\\w+\\?secret=${secret}&issuer=Neuvo$`));
    const confirmed = await as(token, 'PUT', '/api/v1/session/second-factor', { code: codeAt(secret, now) });
    expect(confirmed.statusCode).toBe(200);
    return { secret, recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes };
  };

  it.skipIf(skip)(
    'an admin enrols at first sign-in before anything else, and then cannot sign in without the code',
    async () => {
      const first = await signIn(ADMIN);
      expect(first.json()).toMatchObject({ mustEnrolSecondFactor: true });
      const token = first.json().token as string;
      const refused = await as(token, 'GET', '/api/v1/users');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toBe('second-factor-enrolment-required');

      const started = await as(token, 'POST', '/api/v1/session/second-factor');
      const { secret } = started.json() as { secret: string };
      const wrong = await as(token, 'PUT', '/api/v1/session/second-factor', { code: '000000' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error).toBe('bad-second-factor-code');
      const confirmed = await as(token, 'PUT', '/api/v1/session/second-factor', {
        code: codeAt(secret, now),
      });
      const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      // The same session goes on, now with the admin's pages open.
      expect((await as(token, 'GET', '/api/v1/users')).statusCode).toBe(200);
      expect((await as(token, 'POST', '/api/v1/session/second-factor')).json().error).toBe(
        'second-factor-exists',
      );

      const withoutCode = await signIn(ADMIN);
      expect(withoutCode.statusCode).toBe(401);
      expect(withoutCode.json().error).toBe('second-factor-required');
      expect(withoutCode.cookies).toHaveLength(0);
      const shown = codeAt(secret, now);
      const wrongCode = await signIn({
        ...ADMIN,
        code: String((Number(shown) + 500_000) % 1_000_000).padStart(6, '0'),
      });
      expect(wrongCode.statusCode).toBe(401);
      expect(wrongCode.json().error).toBe('bad-second-factor-code');
      // The code used to confirm is spent; the next one (30 s later) lets the admin in.
      expect((await signIn({ ...ADMIN, code: codeAt(secret, now) })).statusCode).toBe(401);
      now = new Date(now.getTime() + 30_000);
      const good = await signIn({ ...ADMIN, code: codeAt(secret, now) });
      expect(good.statusCode).toBe(200);
      expect(good.json()).toMatchObject({ role: 'admin', mustEnrolSecondFactor: false });
      // …once: the same code again is refused (seen over a shoulder, it is worth nothing).
      expect((await signIn({ ...ADMIN, code: codeAt(secret, now) })).json().error).toBe(
        'bad-second-factor-code',
      );
      expect(await actions()).toContain('second-factor-enrolled');
      // No secret in the clear: tests run without NEUVO_TOTP_KEY, so it is marked as unsealed.
      const adminId = (await server.store.userByName('admin'))!.id;
      expect((await server.store.secondFactorOf(adminId))?.sealedSecret).toBe(`plain:${secret}`);
    },
  );

  it.skipIf(skip)(
    'a recovery code lets the admin in once, in any case and with or without dashes',
    async () => {
      const { recoveryCodes } = await enrol((await signIn(ADMIN)).json().token as string);
      const code = recoveryCodes[3]!;
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const first = await signIn({ ...ADMIN, code: code.toLowerCase().replaceAll('-', ' ') });
      expect(first.statusCode).toBe(200);
      const again = await signIn({ ...ADMIN, code });
      expect(again.statusCode).toBe(401);
      expect(again.json().error).toBe('bad-second-factor-code');
      expect((await signIn({ ...ADMIN, code: recoveryCodes[4]! })).statusCode).toBe(200);
      // The test clock stands still, so the log's order among these is not theirs: count them.
      const logins = (await server.store.auditLog()).filter((e) => e.action === 'login');
      expect(logins.filter((e) => e.details.secondFactor === 'recovery-code')).toHaveLength(2);
    },
  );

  it.skipIf(skip)(
    'wrong codes are throttled like wrong passwords, and the right user gets in afterwards',
    async () => {
      await server.close();
      server = await testServer(kind, {
        clock: () => now,
        isAdminSecondFactorRequired: true,
        loginFailures: { max: 3, windowMs: 60_000 },
      });
      const { secret } = await enrol((await signIn(ADMIN)).json().token as string);
      for (let i = 0; i < 3; i += 1) {
        expect((await signIn({ ...ADMIN, code: `AAAA-BBBB-CCC${i}` })).statusCode).toBe(401);
      }
      now = new Date(now.getTime() + 30_000);
      const throttled = await signIn({ ...ADMIN, code: codeAt(secret, now) });
      expect(throttled.statusCode).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      now = new Date(now.getTime() + 60_000);
      expect((await signIn({ ...ADMIN, code: codeAt(secret, now) })).statusCode).toBe(200);
    },
  );

  it.skipIf(skip)(
    "an admin resets a supervisor's second factor: audited, their sessions end, and they sign in with the password alone",
    async () => {
      const adminToken = (await signIn(ADMIN)).json().token as string;
      await enrol(adminToken);
      expect(
        (await as(adminToken, 'POST', '/api/v1/users', { ...SUPERVISOR, role: 'supervisor' })).statusCode,
      ).toBe(201);
      // A supervisor opts in from their account page…
      const supervisorToken = (await signIn(SUPERVISOR)).json().token as string;
      expect((await signIn(SUPERVISOR)).json()).toMatchObject({ mustEnrolSecondFactor: false });
      await enrol(supervisorToken);
      expect((await signIn(SUPERVISOR)).json().error).toBe('second-factor-required');
      const listed = (await as(adminToken, 'GET', '/api/v1/users')).json() as {
        users: { username: string; hasSecondFactor: boolean }[];
      };
      expect(listed.users.find((u) => u.username === SUPERVISOR.username)?.hasSecondFactor).toBe(true);

      // …loses the phone; an admin resets it.
      expect(
        (await as(supervisorToken, 'DELETE', `/api/v1/users/${SUPERVISOR.username}/second-factor`))
          .statusCode,
      ).toBe(403);
      const reset = await as(adminToken, 'DELETE', `/api/v1/users/${SUPERVISOR.username}/second-factor`);
      expect(reset.statusCode).toBe(204);
      expect((await as(supervisorToken, 'GET', '/api/v1/session')).statusCode).toBe(401);
      const after = await signIn(SUPERVISOR);
      expect(after.statusCode).toBe(200);
      const audit = (await server.store.auditLog()).find((e) => e.action === 'second-factor-reset');
      expect(audit?.details).toEqual({ username: SUPERVISOR.username });
      expect((await as(adminToken, 'DELETE', '/api/v1/users/nobody/second-factor')).statusCode).toBe(404);
    },
  );
});

describe('second-factor secrets at rest', () => {
  it('are sealed with NEUVO_TOTP_KEY and useless without it', async () => {
    const { secretSealer } = await import('../../src/server/auth/second-factor');
    const sealer = secretSealer(Buffer.alloc(32, 7));
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealer.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => secretSealer(Buffer.alloc(32, 8)).open(sealed)).toThrow();
    expect(() => secretSealer(undefined).open(sealed)).toThrow(/NEUVO_TOTP_KEY/);
  });
});
