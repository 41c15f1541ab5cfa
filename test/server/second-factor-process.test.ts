import Database from 'better-sqlite3';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/server/store/sqlite';
import { startServer, TEST_ADMIN, type RunningServer } from '../support/server-process';

const TOTP_KEY = 'a'.repeat(64);

/** The real server as `npm start` runs it (NEUVO_ADMIN_MFA unset), over real HTTP. */
describe('the second factor in the real server process', { timeout: 120_000 }, () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server?.dispose();
    server = undefined;
  });

  const post = (path: string, body: unknown, token?: string, method = 'POST') =>
    fetch(`${server!.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });

  it('requires admins to enrol by default, keeps the secret sealed under NEUVO_TOTP_KEY, and then asks for the code', async () => {
    server = await startServer({ env: { NEUVO_ADMIN_MFA: '', NEUVO_TOTP_KEY: TOTP_KEY } });
    expect(server.output()).not.toContain('NEUVO_ADMIN_MFA=off');
    const first = (await (await post('/api/v1/session', TEST_ADMIN)).json()) as {
      token: string;
      mustEnrolSecondFactor: boolean;
    };
    expect(first.mustEnrolSecondFactor).toBe(true);
    const users = await fetch(`${server.url}/api/v1/users`, {
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(users.status).toBe(403);

    const { secret } = (await (await post('/api/v1/session/second-factor', {}, first.token)).json()) as {
      secret: string;
    };
    const confirmed = await post(
      '/api/v1/session/second-factor',
      { code: generateSync({ secret }) },
      first.token,
      'PUT',
    );
    expect(confirmed.status).toBe(200);

    // A copy of the database alone does not hold the secret.
    const db = new Database(join(server.dataDir, SQLITE_FILE), { readonly: true });
    const row = db.prepare('select totp_secret from users where username = ?').get(TEST_ADMIN.username) as {
      totp_secret: string;
    };
    db.close();
    expect(row.totp_secret).toMatch(/^aes-256-gcm:/);
    expect(row.totp_secret).not.toContain(secret);

    const withoutCode = await post('/api/v1/session', TEST_ADMIN);
    expect(withoutCode.status).toBe(401);
    expect(((await withoutCode.json()) as { error: string }).error).toBe('second-factor-required');
  });

  it('warns at start when NEUVO_ADMIN_MFA=off, and lets the admin in with the password alone', async () => {
    server = await startServer({ env: { NEUVO_ADMIN_MFA: 'off' } });
    const signedIn = await post('/api/v1/session', TEST_ADMIN);
    expect(((await signedIn.json()) as { mustEnrolSecondFactor: boolean }).mustEnrolSecondFactor).toBe(false);
    expect(server.output()).toContain('WARNING: NEUVO_ADMIN_MFA=off');
  });
});
