import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_HEALTH_HEADER, deviceWarnings, type DeviceHealth } from '../../src/domain/device-health';
import type { Device } from '../../src/domain/accounts-api';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';

const health: DeviceHealth = {
  appVersion: '0.1.0',
  catalogueVersion: 'reference-2026.1',
  isStoragePersisted: false,
  pendingVisits: 12,
  oldestPendingAt: '2026-11-27T08:00:00.000Z',
};

describe.each(backends)('tablets reporting their health on $title', ({ kind, skip }) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.skipIf(skip)(
    'keeps what each sync reports and lists it for admins; a bad header never costs a batch',
    async () => {
      server = await testServer(kind, { clock: () => new Date('2026-11-29T10:00:00.000Z') });
      const { token, deviceId } = await server.enrolTablet();
      const send = (header: string) =>
        server!.call({
          method: 'POST',
          url: '/api/v1/visits/batch',
          headers: { authorization: `Bearer ${token}`, [DEVICE_HEALTH_HEADER]: header },
          payload: { visits: [makeVisit()] },
        });
      expect((await send(JSON.stringify(health))).statusCode).toBe(200);
      const listed = async () =>
        ((await server!.asAdmin('GET', '/api/v1/devices')).json() as { devices: Device[] }).devices.find(
          (d) => d.id === deviceId,
        )!;
      expect((await listed()).health).toEqual({ ...health, reportedAt: '2026-11-29T10:00:00.000Z' });

      for (const bad of ['not json', JSON.stringify({ ...health, pendingVisits: -1 })]) {
        const answer = await send(bad);
        expect(answer.statusCode).toBe(200);
        expect((answer.json() as { results: { status: string }[] }).results[0]!.status).toBe('accepted');
      }
      expect((await listed()).health?.pendingVisits).toBe(12);
    },
  );
});

describe('device warnings', () => {
  const now = new Date('2026-11-29T10:00:00.000Z');
  const device = { lastSyncAt: '2026-11-29T09:00:00.000Z', revokedAt: null };
  const reported = { ...health, reportedAt: '2026-11-29T09:00:00.000Z' };

  it('warn of no sync for 24 hours, storage not persisted, visits waiting over 24 hours and an old app', () => {
    expect(deviceWarnings({ ...device, health: null }, now, '0.1.0')).toEqual([]);
    expect(deviceWarnings({ lastSyncAt: '2026-11-28T09:00:00.000Z', revokedAt: null }, now, '0.1.0')).toEqual(
      ['not-synced-24h'],
    );
    expect(deviceWarnings({ lastSyncAt: null, revokedAt: null }, now, '0.1.0')).toEqual(['not-synced-24h']);
    expect(deviceWarnings({ ...device, health: reported }, now, '0.2.0')).toEqual([
      'storage-not-persisted',
      'visits-pending-24h',
      'old-app-version',
    ]);
    const fine = { ...reported, isStoragePersisted: true, oldestPendingAt: '2026-11-29T08:00:00.000Z' };
    expect(deviceWarnings({ ...device, health: fine }, now, '0.1.0')).toEqual([]);
    expect(
      deviceWarnings({ ...device, revokedAt: '2026-11-01T00:00:00.000Z', health: reported }, now, '9'),
    ).toEqual([]);
  });
});
