import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Directory, ServiceDetails } from '../../src/domain/directory';
import { backends, testServer, type TestServer } from './app-fixture';

const countyKela: ServiceDetails = {
  name: { fi: 'Kela', sv: 'FPA', en: 'Kela' },
  phone: '020 692 202',
  hours: { fi: 'ma–pe 8–16', sv: 'mån–fre 8–16', en: 'Mon–Fri 8–16' },
  address: 'Kelan palvelupiste, Hyvinkää',
  url: 'https://www.kela.fi',
  contactWithinDays: 1,
};
const jarvenpaaKela: ServiceDetails = {
  ...countyKela,
  phone: '09 111 2222',
  address: 'Sibeliuksenkatu 1, Järvenpää',
};

describe.each(backends)('the directory per point on $title', ({ kind, skip }) => {
  let server: TestServer;
  beforeEach(async () => {
    if (!skip) server = await testServer(kind);
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });
  const call = (
    method: 'PUT' | 'DELETE' | 'GET',
    url: string,
    payload?: unknown,
    token = server.adminToken,
  ) =>
    server.call({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload !== undefined && { payload: payload as object }),
    });
  const directoryOf = async (token: string) =>
    (await call('GET', '/api/v1/directory', undefined, token)).json() as Directory;
  const kelaOf = (directory: Directory) => directory.services.find((s) => s.code === 'external.kela')!;

  it.skipIf(skip)(
    "prints a point's own contact of a referral on its slips, and the county-wide one elsewhere",
    async () => {
      const jarvenpaa = await server.enrolTablet('jarvenpaa');
      const hyvinkaa = await server.enrolTablet('hyvinkaa');
      expect((await call('PUT', '/api/v1/directory/services/external.kela', countyKela)).statusCode).toBe(
        200,
      );
      const own = await call(
        'PUT',
        '/api/v1/directory/points/jarvenpaa/services/external.kela',
        jarvenpaaKela,
      );
      expect(own.statusCode).toBe(200);

      expect(kelaOf(await directoryOf(jarvenpaa.token))).toMatchObject({
        phone: '09 111 2222',
        pointId: 'jarvenpaa',
      });
      expect(kelaOf(await directoryOf(hyvinkaa.token))).toMatchObject({ phone: '020 692 202' });
      expect(kelaOf(await directoryOf(hyvinkaa.token)).pointId).toBeUndefined();
      const asAdmin = await directoryOf(server.adminToken);
      expect(kelaOf(asAdmin).phone).toBe('020 692 202');
      expect(asAdmin.pointServices).toEqual([
        expect.objectContaining({ code: 'external.kela', pointId: 'jarvenpaa', phone: '09 111 2222' }),
      ]);

      expect(
        (await call('DELETE', '/api/v1/directory/points/jarvenpaa/services/external.kela')).statusCode,
      ).toBe(204);
      expect(kelaOf(await directoryOf(jarvenpaa.token)).phone).toBe('020 692 202');
      expect(
        (await call('DELETE', '/api/v1/directory/points/jarvenpaa/services/external.kela')).statusCode,
      ).toBe(404);
      expect(
        (await call('PUT', '/api/v1/directory/points/jarvenpaa/services/resolved', jarvenpaaKela)).statusCode,
      ).toBe(404);
      const actions = (await server.store.auditLog()).map((a) => a.action);
      expect(actions).toContain('directory-point-service-edited');
      expect(actions).toContain('directory-point-service-removed');
    },
  );

  it.skipIf(skip)('keeps the municipalities each point serves, from Statistics Finland’s codes', async () => {
    const tablet = await server.enrolTablet('jarvenpaa');
    const list = (await call('GET', '/api/v1/municipalities')).json();
    expect(list.year).toBe(2024);
    expect(list.source).toContain('Statistics Finland');
    expect(list.municipalities).toContainEqual({ code: '091', fi: 'Helsinki', sv: 'Helsingfors' });

    const saved = await call('PUT', '/api/v1/directory/points/jarvenpaa/municipalities', {
      codes: ['543', '186'],
    });
    expect(saved.statusCode).toBe(200);
    const point = (await directoryOf(tablet.token)).points[0]!;
    expect(point.municipalities).toEqual([
      { code: '186', fi: 'Järvenpää', sv: 'Träskända' },
      { code: '543', fi: 'Nurmijärvi', sv: 'Nurmijärvi' },
    ]);
    // The tablet's own point carries them too: it fetches that at every sync, for its desk.
    const own = await call('GET', '/api/v1/points/jarvenpaa', undefined, tablet.token);
    expect(own.json()).toEqual({
      id: 'jarvenpaa',
      name: expect.any(String),
      municipalities: point.municipalities,
    });
    const unknown = await call('PUT', '/api/v1/directory/points/jarvenpaa/municipalities', {
      codes: ['186', '999'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: 'unknown-municipality',
      message: expect.stringContaining('999'),
    });
    expect((await directoryOf(tablet.token)).points[0]!.municipalities).toHaveLength(2);
    const asTablet = await call(
      'PUT',
      '/api/v1/directory/points/jarvenpaa/municipalities',
      { codes: [] },
      tablet.token,
    );
    expect(asTablet.statusCode).toBe(403);
  });
});
