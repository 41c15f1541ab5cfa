import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { helsinkiDate } from '../../src/domain/helsinki-date';
import { buildTally, countVisits } from '../../src/domain/tally';
import type { Visit } from '../../src/domain/visit';
import { keusoteVisits, makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { buildReportAdditions } from '../../src/domain/tally-additions';
import { countReportVisits } from '../support/report-reference';
import { additionsOf, contractOf, sendAll, supervisorOf, tallyOf } from './tally-support';

const expectError = (
  response: { statusCode: number; json: () => unknown },
  status: number,
  error: string,
) => {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toMatchObject({ error, message: expect.any(String) });
};

describe.each(backends)('GET /api/v1/tallies on $title', ({ kind, skip }) => {
  let server: TestServer;
  let get: Awaited<ReturnType<typeof supervisorOf>>;
  let tablets: Record<'hyvinkaa' | 'kerava' | 'soite', { token: string; deviceId: string }>;
  const keusote = keusoteVisits('hyvinkaa');

  beforeAll(async () => {
    if (skip) return;
    server = await testServer(kind);
    tablets = {
      hyvinkaa: await server.enrolTablet('hyvinkaa'),
      kerava: await server.enrolTablet('kerava'),
      soite: await server.enrolTablet('soite'),
    };
    get = await supervisorOf(server, ['hyvinkaa', 'kerava']);
    await sendAll(server, tablets.hyvinkaa.token, keusote);
  }, 60_000);
  afterAll(async () => {
    if (!skip) await server.close();
  });

  it.skipIf(skip)(
    'reproduces the Keusote January–June 2023 table from 1,506 visits sent as batches',
    async () => {
      const tally = await tallyOf(get, 'from=2023-01&to=2023-06&point=hyvinkaa');
      expect(tally.visits).toBe(1506);
      expect(tally.bySector).toEqual({ social: 287, health: 1219, both: 0 });
      expect(tally.byAgeGroup).toEqual({
        families: { social: 6, health: 52, both: 0, total: 58 },
        'working-age': { social: 140, health: 536, both: 0, total: 676 },
        older: { social: 141, health: 631, both: 0, total: 772 },
      });
      // The database and the domain's in-memory count (what a tablet shows) agree on everything.
      const { generatedAt, coverage, catalogue } = tally;
      expect(catalogue.versions).toEqual([{ version: referenceCatalogue.version, number: 1, visits: 1506 }]);
      expect(contractOf(tally)).toEqual(
        buildTally(
          { from: '2023-01', to: '2023-06', points: ['hyvinkaa'] },
          countVisits(keusote),
          referenceCatalogue,
        ),
      );
      expect(Object.keys(tally.byMonth)).toEqual([
        '2023-01',
        '2023-02',
        '2023-03',
        '2023-04',
        '2023-05',
        '2023-06',
      ]);
      expect(Object.values(tally.byMonth).reduce((sum, m) => sum + m.visits, 0)).toBe(1506);
      expect(generatedAt).toEqual(expect.any(String));
      expect(coverage.points).toEqual([{ id: 'hyvinkaa', name: 'Point hyvinkaa' }]);
    },
  );

  it.skipIf(skip)('counts only the months asked for', async () => {
    const march = await tallyOf(get, 'from=2023-03&to=2023-03&point=hyvinkaa');
    expect(march.visits).toBe(keusote.filter((v) => v.visitDate.startsWith('2023-03')).length);
    expect(Object.keys(march.byMonth)).toEqual(['2023-03']);
    expect((await tallyOf(get, 'from=2022-01&to=2022-12')).visits).toBe(0);
  });

  it.skipIf(skip)(
    "gives Soite's shares of visits for multi-topic contacts: 242 / 476 / 479 of 1,030",
    async () => {
      const contacts = Array.from({ length: 1030 }, (_, i) =>
        makeVisit({
          pointId: 'soite',
          visitDate: '2024-02-10',
          recordedAt: '2024-02-10T10:00:00.000+02:00',
          topics: [
            ...(i < 242 ? ['social.income'] : []),
            ...(i >= 200 && i < 676 ? ['health.symptoms', 'health.self-care'] : []),
            ...(i >= 551 ? ['practical.contact-info'] : []),
          ],
          referrals: i % 2 === 0 ? ['resolved', 'external.kela'] : [],
        }),
      );
      await sendAll(server, tablets.soite.token, contacts);
      const tally = await tallyOf(
        (q) => server.asAdmin('GET', `/api/v1/tallies?${q}`),
        'from=2024-01&to=2024-04&point=soite',
      );
      expect(tally.visits).toBe(1030);
      expect(tally.byTopicGroup).toEqual({
        social: { count: 242, share: 0.235 },
        health: { count: 476, share: 0.462 },
        practical: { count: 479, share: 0.465 },
      });
      expect(tally.byTopic['health.symptoms']).toEqual({ count: 476, share: 0.462 });
      expect(tally.byReferral.resolved).toEqual({ count: 515, share: 0.5 });
      expect(tally.byReferral['external.kela']).toEqual({ count: 515, share: 0.5 });
    },
  );

  it.skipIf(skip)(
    'does not count deleted visits or superseded revisions, even when an old rev arrives last',
    async () => {
      const edited = makeVisit({
        pointId: 'kerava',
        visitDate: '2023-08-02',
        ageGroup: 'older',
        sector: 'health',
        topics: ['health.symptoms'],
        referrals: ['health.doctor-follow-up'],
      });
      const editedRev2 = {
        ...edited,
        rev: 2,
        ageGroup: 'working-age',
        sector: 'social' as const,
        topics: ['social.housing'],
        referrals: ['resolved'],
      };
      const removed = makeVisit({
        pointId: 'kerava',
        visitDate: '2023-08-03',
        topics: ['health.prescription'],
      });
      const removedRev2 = { ...removed, rev: 2, deleted: true };
      await sendAll(server, tablets.kerava.token, [edited, removed]);
      await sendAll(server, tablets.kerava.token, [editedRev2, removedRev2]);
      expect(await server.statuses(tablets.kerava.token, [edited, removed])).toEqual([
        'duplicate',
        'duplicate',
      ]);

      const tally = await tallyOf(get, 'from=2023-08&to=2023-08&point=kerava');
      expect(tally.visits).toBe(1);
      expect(tally.byAgeGroup['working-age']).toEqual({ social: 1, health: 0, both: 0, total: 1 });
      expect(tally.byAgeGroup.older!.total).toBe(0);
      expect(tally.byTopic['social.housing']).toEqual({ count: 1, share: 1 });
      expect(tally.byTopic['health.symptoms']!.count).toBe(0);
      expect(tally.byTopic['health.prescription']!.count).toBe(0);
      expect(tally.byTopicGroup.health!.count).toBe(0);
      expect(tally.byReferral['health.doctor-follow-up']!.count).toBe(0);
      expect(tally.byReferral.resolved).toEqual({ count: 1, share: 1 });
    },
  );

  it.skipIf(skip)(
    "agrees with the domain's count of the stored visits after edits that move visits between months, groups and topics, and deletions",
    async () => {
      const { token } = await server.enrolTablet('jarvenpaa');
      const topics = referenceCatalogue.topics.map((t) => t.code);
      const referrals = referenceCatalogue.referrals.map((r) => r.code);
      let seed = 7;
      const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
      const pick = (codes: string[], max: number) => [
        ...new Set(Array.from({ length: next(max + 1) }, () => codes[next(codes.length)]!)),
      ];
      const random = (base: Partial<Visit> = {}) =>
        makeVisit({
          pointId: 'jarvenpaa',
          visitDate: `2023-${String(next(3) + 9).padStart(2, '0')}-${String(next(28) + 1).padStart(2, '0')}`,
          ageGroup: referenceCatalogue.ageGroups[next(3)]!.code,
          sector: (['social', 'health', 'both'] as const)[next(3)],
          topics: pick(topics, 4),
          referrals: pick(referrals, 3),
          ...(next(2) === 0 && {
            serviceLanguage: (['fi', 'sv', 'en', 'other', 'interpreter'] as const)[next(5)],
            channel: (['walk-in', 'outreach'] as const)[next(2)],
            municipality: ['186', '543', '106'][next(3)],
            faceToFaceReasons: [
              ...new Set([['hearing', 'language-barrier', 'phone-hard'][next(3)]!, 'language-barrier']),
            ],
          }),
          ...base,
        });
      let visits = Array.from({ length: 300 }, () => random());
      await sendAll(server, token, visits);
      for (let round = 2; round <= 3; round += 1) {
        visits = visits.map((v) =>
          next(3) === 0 ? { ...random({ id: v.id }), rev: round, deleted: next(4) === 0 } : v,
        );
        await sendAll(
          server,
          token,
          visits.filter((v) => v.rev === round),
        );
      }
      const tally = await tallyOf(
        (q) => server.asAdmin('GET', `/api/v1/tallies?${q}`),
        'from=2023-09&to=2023-11&point=jarvenpaa',
      );
      const { generatedAt, coverage, catalogue } = tally;
      const contract = contractOf(tally);
      expect(generatedAt).toEqual(expect.any(String));
      expect(coverage.points.map((p) => p.id)).toEqual(['jarvenpaa']);
      expect(catalogue.notes).toEqual([]);
      const range = { from: '2023-09', to: '2023-11', points: ['jarvenpaa'] };
      expect(contract).toEqual(
        buildTally(range, countVisits(await server.store.listVisits(['jarvenpaa'])), referenceCatalogue),
      );
      expect(contract).toEqual(buildTally(range, countVisits(visits), referenceCatalogue));
      // The reports' running counts (points, sector splits, optional answers) agree too.
      expect(additionsOf(tally)).toEqual(
        buildReportAdditions(range, countReportVisits(visits), referenceCatalogue),
      );
      expect(tally.visits).toBe(visits.filter((v) => !v.deleted).length);
    },
  );

  it.skipIf(skip)('puts a visit at 00:30 on 1 February Helsinki time in February', async () => {
    const instant = new Date('2023-01-31T22:30:00Z'); // 00:30 on 1 February in Helsinki (UTC+2)
    const visit = makeVisit({
      pointId: 'kerava',
      visitDate: helsinkiDate(instant),
      recordedAt: '2023-02-01T00:30:00.000+02:00',
    });
    await sendAll(server, tablets.kerava.token, [visit]);
    expect((await tallyOf(get, 'from=2023-02&to=2023-02&point=kerava')).visits).toBe(1);
    expect((await tallyOf(get, 'from=2023-01&to=2023-01&point=kerava')).visits).toBe(0);
  });

  it.skipIf(skip)(
    "covers a supervisor's points only: all of them by default, one or several on request",
    async () => {
      const all = await tallyOf(get, 'from=2023-01&to=2024-12');
      expect(all.points).toEqual(['hyvinkaa', 'kerava']);
      expect(all.coverage.points.map((p) => p.id)).toEqual(['hyvinkaa', 'kerava']);
      const one = await tallyOf(get, 'from=2023-01&to=2024-12&point=kerava');
      const both = await tallyOf(get, 'from=2023-01&to=2024-12&point=kerava&point=hyvinkaa');
      expect(both.visits).toBe(all.visits);
      expect(both.visits).toBe(one.visits + 1506);
      // Soite's 1,030 contacts are not this supervisor's.
      expect(all.byReferral['external.kela']!.count).toBe(0);
      expectError(await get('from=2023-01&to=2023-06&point=soite'), 403, 'not-your-point');
      const asAdmin = (q: string) => server.asAdmin('GET', `/api/v1/tallies?${q}`);
      const admin = await tallyOf(asAdmin, 'from=2023-01&to=2024-12');
      expect(admin.points).toEqual((await server.store.listPoints()).map((p) => p.id));
      expect(admin.points).toEqual(expect.arrayContaining(['hyvinkaa', 'kerava', 'soite']));
      expect(
        (await tallyOf(asAdmin, 'from=2023-01&to=2024-12&point=hyvinkaa&point=kerava&point=soite')).visits,
      ).toBe(all.visits + 1030);
    },
  );

  it.skipIf(skip)('says which tablets of the points have synced, and when', async () => {
    const tally = await tallyOf(get, 'from=2023-01&to=2023-06');
    expect(tally.coverage.devices).toEqual([
      { pointId: 'hyvinkaa', label: 'Desk 1', lastSyncAt: expect.any(String) },
      { pointId: 'kerava', label: 'Desk 1', lastSyncAt: expect.any(String) },
    ]);
  });

  it.skipIf(skip)(
    'refuses a tablet token, a missing token and a supervisor of no points, each with a reason',
    async () => {
      const asTablet = await server.call({
        method: 'GET',
        url: '/api/v1/tallies?from=2023-01&to=2023-06',
        headers: { authorization: `Bearer ${tablets.hyvinkaa.token}` },
      });
      expectError(asTablet, 403, 'people-only');
      expectError(
        await server.call({ method: 'GET', url: '/api/v1/tallies?from=2023-01&to=2023-06' }),
        401,
        'not-signed-in',
      );
      const nobody = await supervisorOf(server, [], { username: 'tyhja', password: 'supervisor-password' });
      expectError(await nobody('from=2023-01&to=2023-06'), 403, 'no-points');
    },
  );

  it.skipIf(skip)('refuses a range that is not months in order, with words a person can act on', async () => {
    expectError(await get('from=2023-06&to=2023-01'), 400, 'invalid-body');
    expectError(await get('from=2023-1&to=2023-06'), 400, 'invalid-body');
    expectError(await get('to=2023-06'), 400, 'invalid-body');
    expect((await get('from=2023-06&to=2023-01')).json()).toMatchObject({
      message: expect.stringContaining('"from"'),
    });
  });
});
