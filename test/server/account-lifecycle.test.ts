import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, backends, SUPERVISOR, testServer, type TestServer } from './app-fixture';

const NEW_PASSWORD = 'autumn-lantern-river-42';
const SECOND_ADMIN = { username: 'toinen', password: 'kesäkuu-omena-pyörä' };

describe.each(backends)('account lifecycle on $title', ({ kind, skip }) => {
  let server: TestServer;
  let supervisorToken: string;
  beforeEach(async () => {
    if (skip) return;
    server = await testServer(kind);
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
    supervisorToken = await server.signInSupervisor(['hyvinkaa']);
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  const as = (token: string, method: 'GET' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    server.call({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload && { payload }) });
  const tally = (token: string, point = 'hyvinkaa') =>
    as(token, 'GET', `/api/v1/tallies?from=2023-01&to=2023-02&point=${point}`);
  const actions = async () => (await server.store.auditLog()).map((e) => e.action);
  const signIn = (credentials: { username: string; password: string }) =>
    server.call({ method: 'POST', url: '/api/v1/session', payload: credentials });

  it.skipIf(skip)(
    "the admin's list says when each person last signed in, and nothing for who never has",
    async () => {
      const created = await server.asAdmin('POST', '/api/v1/users', {
        username: 'uusi',
        password: NEW_PASSWORD,
        role: 'supervisor',
        points: [],
      });
      expect(created.statusCode).toBe(201);
      const lastSignIn = async (username: string) =>
        (
          (await server.asAdmin('GET', '/api/v1/users')).json() as {
            users: { username: string; lastSignInAt: string | null }[];
          }
        ).users.find((u) => u.username === username)?.lastSignInAt;
      expect(await lastSignIn('uusi')).toBeNull();
      const before = new Date().toISOString();
      await server.login({ username: 'uusi', password: NEW_PASSWORD });
      expect(Date.parse((await lastSignIn('uusi'))!)).toBeGreaterThanOrEqual(Date.parse(before));
      expect(await lastSignIn(SUPERVISOR.username)).toEqual(expect.any(String));
    },
  );

  it.skipIf(skip)(
    'a person changes their own password with the current one, and their other sessions end',
    async () => {
      const otherSession = await server.login(SUPERVISOR);
      const change = (currentPassword: string, newPassword: string) =>
        as(supervisorToken, 'PUT', '/api/v1/session/password', { currentPassword, newPassword });

      const wrong = await change('not-the-password', NEW_PASSWORD);
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error).toBe('wrong-current-password');
      const weak = await change(SUPERVISOR.password, 'password1234');
      expect(weak.statusCode).toBe(400);
      expect(weak.json()).toMatchObject({
        error: 'weak-password',
        message: expect.stringContaining('common'),
      });
      expect((await tally(otherSession)).statusCode).toBe(200);

      expect((await change(SUPERVISOR.password, NEW_PASSWORD)).statusCode).toBe(204);
      expect((await tally(supervisorToken)).statusCode).toBe(200);
      expect((await tally(otherSession)).statusCode).toBe(401);
      expect((await signIn(SUPERVISOR)).statusCode).toBe(401);
      expect((await signIn({ ...SUPERVISOR, password: NEW_PASSWORD })).statusCode).toBe(200);
      expect(await actions()).toContain('password-changed');
    },
  );

  it.skipIf(skip)(
    'a password an admin sets ends the sessions and must be changed before anything else',
    async () => {
      const reset = await server.asAdmin('POST', `/api/v1/users/${SUPERVISOR.username}/password`, {
        password: NEW_PASSWORD,
      });
      expect(reset.statusCode).toBe(204);
      expect((await tally(supervisorToken)).statusCode).toBe(401);

      const signedIn = await signIn({ ...SUPERVISOR, password: NEW_PASSWORD });
      expect(signedIn.json()).toMatchObject({ role: 'supervisor', mustChangePassword: true });
      const token = (signedIn.json() as { token: string }).token;
      const refused = await tally(token);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toBe('password-change-required');
      expect((await as(token, 'GET', '/api/v1/session')).json()).toMatchObject({ mustChangePassword: true });

      const own = 'sini-oma-salasana-2026';
      const changed = await as(token, 'PUT', '/api/v1/session/password', {
        currentPassword: NEW_PASSWORD,
        newPassword: own,
      });
      expect(changed.statusCode).toBe(204);
      expect((await tally(token)).statusCode).toBe(200);
      expect(await actions()).toEqual(expect.arrayContaining(['password-reset', 'password-changed']));
    },
  );

  it.skipIf(skip)('a disabled user is out at once, by token and by cookie, until enabled again', async () => {
    const cookieLogin = await signIn(SUPERVISOR);
    const cookie = cookieLogin.cookies.find((c) => c.name === 'neuvo_session')!;
    const byCookie = () =>
      server.call({
        method: 'GET',
        url: '/api/v1/session',
        cookies: { neuvo_session: cookie.value },
      });
    expect((await byCookie()).statusCode).toBe(200);

    const disabled = await server.asAdmin('PATCH', `/api/v1/users/${SUPERVISOR.username}`, {
      isDisabled: true,
    });
    expect(disabled.json()).toMatchObject({ username: SUPERVISOR.username, isDisabled: true });
    expect((await tally(supervisorToken)).statusCode).toBe(401);
    expect((await byCookie()).statusCode).toBe(401);
    const again = await signIn(SUPERVISOR);
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('account-disabled');

    await server.asAdmin('PATCH', `/api/v1/users/${SUPERVISOR.username}`, { isDisabled: false });
    expect((await signIn(SUPERVISOR)).statusCode).toBe(200);
    expect(await actions()).toEqual(expect.arrayContaining(['user-disabled', 'user-enabled']));
  });

  it.skipIf(skip)("an admin changes a supervisor's points, and the old point's figures close", async () => {
    expect((await tally(supervisorToken, 'kerava')).statusCode).toBe(403);
    const changed = await server.asAdmin('PATCH', `/api/v1/users/${SUPERVISOR.username}`, {
      points: ['kerava'],
    });
    expect(changed.json()).toMatchObject({ points: ['kerava'] });
    expect((await tally(supervisorToken, 'kerava')).statusCode).toBe(200);
    expect((await tally(supervisorToken, 'hyvinkaa')).statusCode).toBe(403);
    const unknown = await server.asAdmin('PATCH', `/api/v1/users/${SUPERVISOR.username}`, {
      points: ['nowhere'],
    });
    expect(unknown.statusCode).toBe(400);
    expect((await tally(supervisorToken, 'kerava')).statusCode).toBe(200);
    expect(await actions()).toContain('user-points-changed');
  });

  it.skipIf(skip)("an admin lists a user's sessions and ends one of them", async () => {
    const second = await server.login(SUPERVISOR);
    const listed = await server.asAdmin('GET', `/api/v1/users/${SUPERVISOR.username}/sessions`);
    const sessions = (listed.json() as { sessions: { id: string; createdAt: string }[] }).sessions;
    expect(sessions).toHaveLength(2);
    expect(JSON.stringify(sessions)).not.toContain(second);

    // Find which listed session is the second one by ending each in turn until it stops working.
    const ended = await server.asAdmin(
      'DELETE',
      `/api/v1/users/${SUPERVISOR.username}/sessions/${sessions[0]!.id}`,
    );
    expect(ended.statusCode).toBe(204);
    const stillIn = [await tally(supervisorToken), await tally(second)].map((r) => r.statusCode).sort();
    expect(stillIn).toEqual([200, 401]);
    const gone = await server.asAdmin(
      'DELETE',
      `/api/v1/users/${SUPERVISOR.username}/sessions/${sessions[0]!.id}`,
    );
    expect(gone.statusCode).toBe(404);

    await server.asAdmin('DELETE', `/api/v1/users/${SUPERVISOR.username}/sessions`);
    expect([(await tally(supervisorToken)).statusCode, (await tally(second)).statusCode]).toEqual([401, 401]);
    expect(await actions()).toContain('session-ended');
  });

  it.skipIf(skip)('the last active admin can be neither disabled nor demoted', async () => {
    for (const change of [{ isDisabled: true }, { role: 'supervisor' }]) {
      const refused = await server.asAdmin('PATCH', `/api/v1/users/${ADMIN.username}`, change);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        error: 'last-admin',
        message: expect.stringContaining('another admin'),
      });
    }
    expect((await server.asAdmin('GET', '/api/v1/users')).json().users).toContainEqual(
      expect.objectContaining({ username: ADMIN.username, role: 'admin', isDisabled: false }),
    );

    await server.asAdmin('POST', '/api/v1/users', { ...SECOND_ADMIN, role: 'admin' });
    const second = await server.login(SECOND_ADMIN);
    const demoted = await server.asAdmin('PATCH', `/api/v1/users/${ADMIN.username}`, { role: 'supervisor' });
    expect(demoted.statusCode).toBe(200);
    const lastOne = await as(second, 'PATCH', `/api/v1/users/${SECOND_ADMIN.username}`, { isDisabled: true });
    expect(lastOne.statusCode).toBe(409);
  });
});
