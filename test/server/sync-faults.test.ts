import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/domain/visit';
import { assertSynced } from '../support/sync-checker';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { postBatch } from '../support/http-admin';

const manyVisits = (n: number, pointId = 'hyvinkaa') =>
  Array.from({ length: n }, (_, i) =>
    makeVisit({
      pointId,
      visitDate: `2023-0${(i % 6) + 1}-1${i % 10}`,
      topics: i % 3 ? ['health.prescription'] : ['social.income', 'practical.forms'],
    }),
  );
const nextRev = (visits: Visit[], change: Partial<Visit> = {}) =>
  visits.map((v) => ({ ...v, ...change, rev: v.rev + 1 }));

describe.each(backends)('server faults on $title', ({ kind, skip }) => {
  let server: TestServer;
  let token: string;
  beforeEach(async () => {
    if (skip) return;
    server = await testServer(kind);
    ({ token } = await server.enrolTablet('hyvinkaa'));
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  it.skipIf(skip)(
    'the answer is lost after the commit: the resent batch is all duplicates and nothing changes',
    async () => {
      const visits = manyVisits(120);
      await server.sendBatch(token, visits); // the tablet never sees this answer
      const before = await server.store.listVisits();
      const resent = await server.statuses(token, visits);
      expect(new Set(resent)).toEqual(new Set(['duplicate']));
      expect(await server.store.listVisits()).toEqual(before);
      assertSynced(visits, await server.store.listVisits());
    },
  );

  it.skipIf(skip)('the same batch sent 20 times at once over HTTP is stored once', async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const visits = manyVisits(200);
    const answers = await Promise.all(Array.from({ length: 20 }, () => postBatch(url, token, visits)));
    // Each visit is accepted by exactly one of the copies, a duplicate in all the others.
    for (let i = 0; i < visits.length; i += 1) {
      const statuses = answers.map((a) => a.results[i]!.status);
      expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(19);
    }
    assertSynced(visits, await server.store.listVisits());
  });

  it.skipIf(skip)('two revs of the same visits racing in opposite orders end at the newer rev', async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const v1 = manyVisits(100);
    const v2 = nextRev(v1, { sector: 'social', topics: ['social.housing'] });
    const reversed = [...v2].reverse();
    await Promise.all(Array.from({ length: 10 }, (_, i) => postBatch(url, token, i % 2 ? v1 : reversed)));
    assertSynced([...v1, ...v2], await server.store.listVisits());
  });

  it.skipIf(skip)('batches out of order: rev 3 then rev 2 keeps rev 3', async () => {
    const v1 = manyVisits(30);
    const v2 = nextRev(v1, { ageGroup: 'families' });
    const v3 = nextRev(v2, { deleted: true });
    expect(new Set(await server.statuses(token, v1))).toEqual(new Set(['accepted']));
    expect(new Set(await server.statuses(token, v3))).toEqual(new Set(['accepted']));
    expect(new Set(await server.statuses(token, v2))).toEqual(new Set(['duplicate']));
    assertSynced([...v1, ...v2, ...v3], await server.store.listVisits());
  });

  it.skipIf(skip)('two tablets at two points syncing at once keep to their own visits', async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const other = await server.enrolTablet('kerava', 'Desk K');
    const here = manyVisits(150, 'hyvinkaa');
    const there = manyVisits(150, 'kerava');
    await Promise.all([
      postBatch(url, token, here),
      postBatch(url, other.token, there),
      postBatch(url, token, here.slice(0, 50)),
    ]);
    assertSynced([...here, ...there], await server.store.listVisits());
  });
});
