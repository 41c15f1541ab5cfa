import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { directorySchema } from '../../../src/domain/directory';
import { NeuvoDb } from '../../../src/client/db/database';
import { getServedMunicipalities } from '../../../src/client/db/point';
import { refreshCaches } from '../../../src/client/sync/refresh-caches';
import { createFetchTransport } from '../../../src/client/sync/transport';
import { realServer } from './real-server';

describe('what the tablet keeps for offline use', () => {
  let server: Awaited<ReturnType<typeof realServer>>;
  let db: NeuvoDb;
  beforeEach(async () => {
    server = await realServer('hyvinkaa');
    db = new NeuvoDb(`directory-cache-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await server.close();
  });

  it("is fetched with the catalogue and the point, and holds every service and the tablet's own point", async () => {
    const transport = createFetchTransport({ fetch: server.fetch });
    await refreshCaches(db, transport, { token: server.token, pointId: 'hyvinkaa' }, () =>
      Date.parse('2026-04-02T08:00:00Z'),
    );
    const cached = directorySchema.parse((await db.cache.get('directory'))?.value);
    expect(cached.points.map((p) => p.pointId)).toEqual(['hyvinkaa']);
    expect(cached.services.find((s) => s.code === 'external.kela')).toMatchObject({
      isDemonstration: true,
      phone: expect.any(String),
    });
  });

  it('keeps the cached copy when the server cannot be reached', async () => {
    const fetchedAt = '2026-04-01T08:00:00.000Z';
    await db.cache.put({ key: 'directory', value: { services: [], points: [] }, fetchedAt });
    const offline = createFetchTransport({ fetch: () => Promise.reject(new TypeError('offline')) });
    await refreshCaches(db, offline, { token: server.token, pointId: 'hyvinkaa' }, () =>
      Date.parse('2026-04-02T08:00:00Z'),
    );
    expect(await db.cache.get('directory')).toEqual({
      key: 'directory',
      value: { services: [], points: [] },
      fetchedAt,
    });
  });

  it('fetches the catalogue in force at every sync, however recently it fetched one', async () => {
    await db.cache.put({
      key: 'catalogue',
      value: { ...referenceCatalogue, version: 'old' },
      fetchedAt: '2026-04-02T07:59:00.000Z',
    });
    const transport = createFetchTransport({ fetch: server.fetch });
    await refreshCaches(db, transport, { token: server.token, pointId: 'hyvinkaa' }, () =>
      Date.parse('2026-04-02T08:00:00Z'),
    );
    expect(await db.cache.get('catalogue')).toMatchObject({
      value: { version: referenceCatalogue.version },
      fetchedAt: '2026-04-02T08:00:00.000Z',
    });
  });

  it("fetches the point's municipalities at every sync and keeps them for the desk offline", async () => {
    const transport = createFetchTransport({ fetch: server.fetch });
    const device = { token: server.token, pointId: 'hyvinkaa' };
    const serve = async (codes: string[]) =>
      expect(
        (await server.asAdmin('PUT', '/api/v1/directory/points/hyvinkaa/municipalities', { codes }))
          .statusCode,
      ).toBe(200);
    await serve(['106']);
    await refreshCaches(db, transport, device, () => Date.parse('2026-04-02T08:00:00Z'));
    expect(await getServedMunicipalities(db)).toEqual([
      { code: '106', fi: 'Hyvinkää', sv: 'Hyvinge', en: 'Hyvinkää' },
    ]);

    await serve(['106', '186']);
    await refreshCaches(db, transport, device, () => Date.parse('2026-04-02T08:01:00Z'));
    expect((await getServedMunicipalities(db)).map((m) => m.sv)).toEqual(['Hyvinge', 'Träskända']);

    // Offline, the desk keeps what the last sync brought.
    const offline = createFetchTransport({ fetch: () => Promise.reject(new TypeError('offline')) });
    await refreshCaches(db, offline, device, () => Date.parse('2026-04-02T09:30:00Z'));
    expect(await getServedMunicipalities(db)).toHaveLength(2);
  });
});
