import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Directory, ServiceDetails } from '../../src/domain/directory';
import { backends, testServer, type TestServer } from './app-fixture';

const kela: ServiceDetails = {
  name: { fi: 'Kela, Hyvinkään palvelupiste', sv: 'FPA, Hyvinge', en: '' },
  phone: '020 692 207',
  hours: { fi: 'ma–pe 9–16', sv: 'mån–fre 9–16', en: 'Mon–Fri 9–16' },
  address: 'Hämeenkatu 1, 05800 Hyvinkää',
  url: 'https://www.kela.fi',
  contactWithinDays: 1,
};
const hyvinkaaContact = {
  address: 'Sairaalankatu 1, 05850 Hyvinkää',
  hours: { fi: 'ma–pe 8–15', sv: '', en: 'Mon–Fri 8–15' },
  phone: '019 123 4567',
  feedbackUrl: 'https://palaute.example.fi/?piste=hyvinkaa',
};

describe.each(backends)('service directory on $title', ({ kind, skip }) => {
  let server: TestServer;
  beforeEach(async () => {
    if (skip) return;
    server = await testServer(kind);
  });
  afterEach(async () => server?.close());

  const put = (url: string, payload: unknown, token = server.adminToken) =>
    server.call({
      method: 'PUT',
      url,
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });
  const read = async (token: string) => {
    const response = await server.call({
      method: 'GET',
      url: '/api/v1/directory',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as Directory;
  };

  it.skipIf(skip)(
    'gives a tablet demonstration details, marked as such, for every service and its own point only',
    async () => {
      const tablet = await server.enrolTablet('hyvinkaa');
      await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
      const directory = await read(tablet.token);
      expect(directory.points).toEqual([
        expect.objectContaining({ pointId: 'hyvinkaa', name: 'Point hyvinkaa', isDemonstration: true }),
      ]);
      const codes = directory.services.map((s) => s.code);
      expect(codes).toContain('external.kela');
      expect(codes).toContain('health.doctor-follow-up');
      expect(codes).not.toContain('resolved'); // handled at the desk: nobody to contact
      expect(directory.services.every((s) => s.isDemonstration && s.phone !== '')).toBe(true);
    },
  );

  it.skipIf(skip)(
    'lets an admin edit a service; tablets then get it without the demonstration flag, and the edit is audited',
    async () => {
      const tablet = await server.enrolTablet('hyvinkaa');
      const saved = await put('/api/v1/directory/services/external.kela', kela);
      expect(saved.statusCode).toBe(200);
      const entry = (await read(tablet.token)).services.find((s) => s.code === 'external.kela');
      expect(entry).toEqual({
        ...kela,
        code: 'external.kela',
        isDemonstration: false,
        updatedAt: expect.any(String),
      });
      expect(
        (await read(tablet.token)).services.find((s) => s.code === 'external.parish')?.isDemonstration,
      ).toBe(true);

      await put('/api/v1/directory/services/external.kela', { ...kela, phone: '020 634 0200' });
      expect((await read(tablet.token)).services.find((s) => s.code === 'external.kela')?.phone).toBe(
        '020 634 0200',
      );
      const log = await server.store.auditLog();
      expect(log.filter((e) => e.action === 'directory-service-edited')).toHaveLength(2);
      expect(log.find((e) => e.action === 'directory-service-edited')?.details).toEqual({
        code: 'external.kela',
      });
    },
  );

  it.skipIf(skip)("lets an admin edit a point's address, hours, phone and feedback address", async () => {
    const tablet = await server.enrolTablet('hyvinkaa');
    const saved = await put('/api/v1/directory/points/hyvinkaa', hyvinkaaContact);
    expect(saved.statusCode).toBe(200);
    expect((await read(tablet.token)).points).toEqual([
      {
        ...hyvinkaaContact,
        pointId: 'hyvinkaa',
        name: 'Point hyvinkaa',
        municipalities: [],
        isDemonstration: false,
        updatedAt: expect.any(String),
      },
    ]);
    expect(
      (await server.store.auditLog()).some(
        (e) => e.action === 'directory-point-edited' && e.details.pointId === 'hyvinkaa',
      ),
    ).toBe(true);
  });

  it.skipIf(skip)(
    'refuses bad input with a reason a person can act on, and unknown codes or points with 404',
    async () => {
      await server.enrolTablet('hyvinkaa');
      const badPhone = await put('/api/v1/directory/services/external.kela', { ...kela, phone: 'call us' });
      expect(badPhone.statusCode).toBe(400);
      expect(badPhone.body).toContain('phone number');
      const badUrl = await put('/api/v1/directory/services/external.kela', {
        ...kela,
        url: 'javascript:alert(1)',
      });
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.body).toContain('https://');
      expect((await put('/api/v1/directory/services/no.such', kela)).json()).toMatchObject({
        error: 'unknown-referral',
      });
      expect((await put('/api/v1/directory/services/resolved', kela)).statusCode).toBe(404);
      expect((await put('/api/v1/directory/points/nowhere', hyvinkaaContact)).json()).toMatchObject({
        error: 'unknown-point',
      });
    },
  );

  it.skipIf(skip)('lets only admins edit', async () => {
    const tablet = await server.enrolTablet('hyvinkaa');
    expect((await put('/api/v1/directory/services/external.kela', kela, tablet.token)).json()).toMatchObject({
      error: 'people-only',
    });
    const supervisor = await server.signInSupervisor(['hyvinkaa']);
    expect((await put('/api/v1/directory/points/hyvinkaa', hyvinkaaContact, supervisor)).statusCode).toBe(
      403,
    );
    expect((await read(supervisor)).points.map((p) => p.pointId)).toEqual(['hyvinkaa']);
    expect((await server.call({ method: 'GET', url: '/api/v1/directory' })).statusCode).toBe(401);
  });
});
