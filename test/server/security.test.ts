import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES } from '../../src/domain/sync-protocol';
import type { Visit } from '../../src/domain/visit';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';

describe.each(backends)('refused requests on $title change nothing', ({ kind, skip }) => {
  let server: TestServer;
  let tablet: { token: string; deviceId: string };
  let stored: Visit[];
  beforeEach(async () => {
    if (skip) return;
    server = await testServer(kind);
    tablet = await server.enrolTablet('hyvinkaa');
    stored = [makeVisit(), makeVisit({ rev: 3, sector: 'social', topics: ['social.income'], referrals: [] })];
    expect(await server.statuses(tablet.token, stored)).toEqual(['accepted', 'accepted']);
  });
  afterEach(async () => {
    if (skip) return;
    // Whatever was refused, the visits already stored are exactly as they were.
    expect(await server.store.listVisits()).toEqual([...stored].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await server.close();
  });

  const newerCopies = () => stored.map((v) => ({ ...v, rev: v.rev + 1, deleted: true }));
  const expectError = (
    response: { statusCode: number; json: () => unknown },
    status: number,
    error: string,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error, message: expect.stringMatching(/\w+ \w+/) });
  };

  it.skipIf(skip)('401 without a token', async () => {
    const response = await server.call({
      method: 'POST',
      url: '/api/v1/visits/batch',
      payload: { visits: newerCopies() },
    });
    expectError(response, 401, 'no-token');
  });

  it.skipIf(skip)('401 with an unknown token', async () => {
    expectError(await server.sendBatch('made-up-token', newerCopies()), 401, 'unknown-device');
  });

  it.skipIf(skip)('401 with a revoked token, and the refusal is counted in the audit log', async () => {
    await server.asAdmin('POST', `/api/v1/devices/${tablet.deviceId}/revoke`, {});
    expectError(await server.sendBatch(tablet.token, newerCopies()), 401, 'device-revoked');
    expectError(await server.sendBatch(tablet.token, newerCopies()), 401, 'device-revoked');
    // Refusals are written as one row per address and minute; closing writes the minute at once.
    await server.app.close();
    const log = await server.store.auditLog();
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['device-revoked', 'requests-refused']));
    expect(log.find((e) => e.action === 'requests-refused')?.details).toMatchObject({
      count: 2,
      byError: { 'device-revoked': 2 },
    });
  });

  it.skipIf(skip)("403 for a person's session token on the device route", async () => {
    expectError(await server.sendBatch(server.adminToken, newerCopies()), 403, 'device-only');
  });

  it.skipIf(skip)("rejects another point's visits one by one with the reason", async () => {
    const foreign = newerCopies().map((v) => ({ ...v, pointId: 'kerava' }));
    const response = await server.sendBatch(tablet.token, foreign);
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual(
      foreign.map((v) => ({
        id: v.id,
        status: 'rejected',
        reason: 'This tablet is enrolled at point hyvinkaa; the visit belongs to point kerava',
      })),
    );
    const audit = (await server.store.auditLog()).find((e) => e.action === 'visits-rejected')!;
    expect(audit).toMatchObject({ actorKind: 'device', actorId: tablet.deviceId, details: { count: 2 } });
    expect(JSON.stringify(audit.details)).not.toContain('social.income');
  });

  it.skipIf(skip)('413 for a body over 256 KiB', async () => {
    const big = Array.from({ length: 500 }, () => ({ ...makeVisit(), padding: 'x'.repeat(600) }));
    const payload = JSON.stringify({ visits: big });
    expect(payload.length).toBeGreaterThan(MAX_BATCH_BYTES);
    const response = await server.call({
      method: 'POST',
      url: '/api/v1/visits/batch',
      headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
      payload,
    });
    expectError(response, 413, 'body-too-large');
  });

  it.skipIf(skip)('400 for malformed JSON', async () => {
    const response = await server.call({
      method: 'POST',
      url: '/api/v1/visits/batch',
      headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
      payload: '{"visits": [{"id": ',
    });
    expectError(response, 400, 'malformed-json');
  });

  it.skipIf(skip)('400 for a body of the wrong shape: no visits, too many, not a list', async () => {
    for (const payload of [
      {},
      { visits: [] },
      { visits: 'all of them' },
      { visits: Array.from({ length: 501 }, () => ({})) },
    ]) {
      const response = await server.call({
        method: 'POST',
        url: '/api/v1/visits/batch',
        headers: { authorization: `Bearer ${tablet.token}` },
        payload,
      });
      expectError(response, 400, 'invalid-body');
    }
  });

  it.skipIf(skip)('rejects visits with wrong types and unknown codes, each with its reason', async () => {
    const [a, b] = newerCopies();
    const wrongTypes = { ...a!, rev: '2', deleted: 'no' };
    const unknownCodes = { ...b!, deleted: false, ageGroup: 'teenagers', referrals: ['nowhere'] };
    const future = makeVisit({ visitDate: '2999-01-01' });
    const response = await server.sendBatch(tablet.token, [
      wrongTypes,
      unknownCodes,
      future,
      { nonsense: true },
    ]);
    const results = response.json().results as { id: string; status: string; reason: string }[];
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [a!.id, 'rejected'],
      [b!.id, 'rejected'],
      [future.id, 'rejected'],
      ['', 'rejected'],
    ]);
    expect(results[0]!.reason).toMatch(/rev/);
    expect(results[1]!.reason).toContain('Unknown age group "teenagers" in catalogue reference-2026.1');
    expect(results[1]!.reason).toContain('Unknown referral "nowhere"');
    expect(results[2]!.reason).toContain('in the future');
    expect(results[3]!.reason).toContain('catalogueVersion');
  });

  it.skipIf(skip)('401 for an unknown enrolment code, 400 for a missing label', async () => {
    expectError(
      await server.call({
        method: 'POST',
        url: '/api/v1/devices/enrol',
        payload: { code: 'ZZZZZZZZ', label: 'Desk' },
      }),
      401,
      'bad-enrolment-code',
    );
    expectError(
      await server.call({ method: 'POST', url: '/api/v1/devices/enrol', payload: { code: 'ZZZZZZZZ' } }),
      400,
      'invalid-body',
    );
  });

  it.skipIf(skip)('403 when a supervisor tries admin work, 401 for an unknown session', async () => {
    const token = await server.signInSupervisor(['hyvinkaa']);
    const auth = { authorization: `Bearer ${token}` };
    expectError(
      await server.call({ method: 'GET', url: '/api/v1/devices', headers: auth }),
      403,
      'forbidden',
    );
    expectError(
      await server.call({
        method: 'POST',
        url: `/api/v1/devices/${tablet.deviceId}/revoke`,
        headers: auth,
        payload: {},
      }),
      403,
      'forbidden',
    );
    expectError(
      await server.call({ method: 'GET', url: '/api/v1/users', headers: { authorization: 'Bearer nope' } }),
      401,
      'not-signed-in',
    );
  });

  it.skipIf(skip)("403 with its own reason for a tablet's token on people's routes", async () => {
    const other = await server.enrolTablet('kerava');
    const auth = { authorization: `Bearer ${other.token}` };
    for (const url of [
      '/api/v1/users',
      '/api/v1/devices',
      '/api/v1/points',
      '/api/v1/tallies?from=2023-01&to=2023-06',
    ]) {
      expectError(await server.call({ method: 'GET', url, headers: auth }), 403, 'people-only');
    }
  });
});
