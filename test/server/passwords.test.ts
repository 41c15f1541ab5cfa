import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { hashPassword, OWASP_SCRYPT_COST } from '../../src/server/auth/password';
import { TEST_SCRYPT_COST, testServer, type TestServer } from './app-fixture';

describe('passwords', () => {
  let server: TestServer | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuvo-pw-'));
    dirs.push(dir);
    return dir;
  };

  it('refuses a bootstrap admin with a short or common password, saying why', async () => {
    await expect(buildApp({ dataDir: dataDir(), bootstrapAdmin: 'a:b' })).rejects.toThrow(
      /NEUVO_BOOTSTRAP_ADMIN: Passwords need at least 12 characters/,
    );
    await expect(buildApp({ dataDir: dataDir(), bootstrapAdmin: 'admin:password1234' })).rejects.toThrow(
      /too easy to guess: it is one of the commonly used passwords/,
    );
  });

  it('refuses common and guessable passwords for new users with the reason, and stores nothing', async () => {
    server = await testServer();
    const create = (username: string, password: string) =>
      server!.asAdmin('POST', '/api/v1/users', { username, password, role: 'supervisor', points: [] });
    for (const [password, reason] of [
      ['password1234', 'commonly used'],
      ['aaaaaaaaaaaa', 'repeats'],
      ['qwertyuiopas', 'commonly used'],
    ] as const) {
      const refused = await create('ville', password);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        error: 'weak-password',
        message: expect.stringContaining(reason),
      });
    }
    const short = await create('ville', 'short-one');
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain('at least 12 characters');
    const users = (await server.asAdmin('GET', '/api/v1/users')).json().users as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['admin']);
    expect((await create('ville', 'autumn-lantern-river-42')).statusCode).toBe(201);
  });

  it("redoes a hash made at a lower cost with OWASP's cost at the next sign-in", async () => {
    server = await testServer('sqlite', { passwordCost: OWASP_SCRYPT_COST });
    const old = await hashPassword('autumn-lantern-river-42', TEST_SCRYPT_COST);
    await server.store.createUser({ username: 'vanha', passwordHash: old, role: 'admin', points: [] });
    const signIn = () =>
      server!.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'vanha', password: 'autumn-lantern-river-42' },
      });
    expect((await signIn()).statusCode).toBe(200);
    const stored = (await server.store.userByName('vanha'))!.password_hash;
    expect(stored).toMatch(/^scrypt\$65536\$8\$2\$/);
    expect((await signIn()).statusCode).toBe(200);
    expect((await server.store.userByName('vanha'))!.password_hash).toBe(stored);
  });
});
