import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { ADMIN, testServer, type TestServer } from './app-fixture';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => server.close());

describe('accounts and points', () => {
  it('signs in the bootstrapped admin with a cookie and says who is signed in', async () => {
    const login = await server.call({ method: 'POST', url: '/api/v1/session', payload: ADMIN });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ role: 'admin' });
    const cookie = login.cookies.find((c) => c.name === 'neuvo_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const me = await server.call({
      method: 'GET',
      url: '/api/v1/session',
      cookies: { neuvo_session: cookie.value },
    });
    expect(me.json()).toEqual({
      role: 'admin',
      username: 'admin',
      points: [],
      mustChangePassword: false,
      hasSecondFactor: false,
      mustEnrolSecondFactor: false,
    });
  });

  it('refuses a wrong password with 401 and a reason', async () => {
    const response = await server.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { ...ADMIN, password: 'wrong-password-here' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'bad-credentials', message: expect.stringContaining('wrong') });
  });

  it('signs out: the token stops working', async () => {
    const token = await server.login();
    await server.call({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${token}` },
    });
    const me = await server.call({
      method: 'GET',
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(401);
  });

  it('lets a supervisor see only their points and refuses admin work', async () => {
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
    const created = await server.asAdmin('POST', '/api/v1/users', {
      username: 'sini',
      password: 'supervisor-password',
      role: 'supervisor',
      points: ['kerava'],
    });
    expect(created.statusCode).toBe(201);
    const token = await server.login({ username: 'sini', password: 'supervisor-password' });
    const points = await server.call({
      method: 'GET',
      url: '/api/v1/points',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(points.json()).toEqual({ points: [{ id: 'kerava', name: 'Kerava' }] });
    const forbidden = await server.call({
      method: 'POST',
      url: '/api/v1/points',
      headers: { authorization: `Bearer ${token}` },
      payload: { id: 'x', name: 'X' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toBe('forbidden');
  });

  it('refuses a second point with the same id', async () => {
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    const again = await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Other' });
    expect(again.statusCode).toBe(409);
  });
});

describe('enrolment and devices', () => {
  it('enrols a tablet once per code, lists it, and revoking stops its batches', async () => {
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    const code = (await server.asAdmin('POST', '/api/v1/points/hyvinkaa/enrolments', {})).json() as {
      code: string;
      expiresAt: string;
    };
    expect(code.code).toMatch(/^[A-Z2-9]{8}$/);
    const first = await server.call({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code: code.code.toLowerCase(), label: 'Desk' },
    });
    expect(first.statusCode).toBe(201);
    const again = await server.call({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code: code.code, label: 'Desk 2' },
    });
    expect(again.statusCode).toBe(401);
    const { deviceId, token, pointId } = first.json() as { deviceId: string; token: string; pointId: string };
    expect(pointId).toBe('hyvinkaa');
    expect(await server.statuses(token, [makeVisit()])).toEqual(['accepted']);
    const devices = (await server.asAdmin('GET', '/api/v1/devices')).json() as {
      devices: { id: string; lastSyncAt: string | null }[];
    };
    expect(devices.devices).toEqual([
      expect.objectContaining({
        id: deviceId,
        label: 'Desk',
        revokedAt: null,
        lastSyncAt: expect.any(String),
      }),
    ]);
    expect((await server.asAdmin('POST', `/api/v1/devices/${deviceId}/revoke`, {})).statusCode).toBe(204);
    const refused = await server.sendBatch(token, [makeVisit()]);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toBe('device-revoked');
  });

  it('gives the catalogue to a device and to people, and the point name to its own tablet', async () => {
    const { token } = await server.enrolTablet('hyvinkaa');
    const catalogue = await server.call({
      method: 'GET',
      url: '/api/v1/catalogue',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(catalogue.json().version).toBe('reference-2026.1');
    const point = await server.call({
      method: 'GET',
      url: '/api/v1/points/hyvinkaa',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(point.json()).toEqual({ id: 'hyvinkaa', name: 'Point hyvinkaa', municipalities: [] });
    expect((await server.call({ method: 'GET', url: '/api/v1/catalogue' })).statusCode).toBe(401);
  });
});

describe('visit batches', () => {
  it('accepts new visits, calls a resend a duplicate and a newer rev accepted', async () => {
    const { token } = await server.enrolTablet();
    const visit = makeVisit();
    expect(await server.statuses(token, [visit])).toEqual(['accepted']);
    expect(await server.statuses(token, [visit])).toEqual(['duplicate']);
    expect(await server.statuses(token, [{ ...visit, rev: 2, topics: [] }])).toEqual(['accepted']);
    expect(await server.statuses(token, [{ ...visit, rev: 1 }])).toEqual(['duplicate']);
    expect(await server.store.listVisits()).toEqual([{ ...visit, rev: 2, topics: [] }]);
  });

  it('rejects an invalid visit with a reason and still stores the rest', async () => {
    const { token } = await server.enrolTablet();
    const good = makeVisit();
    const response = await server.sendBatch(token, [makeVisit({ topics: ['social.nonsense'] }), good]);
    expect(response.json().results).toEqual([
      {
        id: expect.any(String),
        status: 'rejected',
        reason: expect.stringContaining('Unknown topic "social.nonsense" in catalogue reference-2026.1'),
      },
      { id: good.id, status: 'accepted' },
    ]);
  });

  it('serves an OpenAPI description of the routes', async () => {
    const response = await server.call({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/visits/batch', '/api/v1/session', '/api/v1/devices/enrol']),
    );
  });
});
