import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/domain/visit';
import type { Store } from '../../../src/server/store/store';
import { makeVisit } from '../../support/visit-factory';
import { backends, freshStore } from '../app-fixture';

const statusesOf = (outcomes: Map<Visit, { status: string }>, visits: Visit[]) =>
  visits.map((v) => outcomes.get(v)!.status);

async function childRows(store: Store) {
  const topics = await store.db
    .selectFrom('visit_topics')
    .select(['visit_id', 'topic', 'topic_group', 'visit_month'])
    .orderBy('topic')
    .execute();
  const referrals = await store.db
    .selectFrom('visit_referrals')
    .select(['visit_id', 'referral'])
    .orderBy('referral')
    .execute();
  return { topics, referrals };
}

describe.each(backends)('visit storage on $title', ({ kind, skip }) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    if (skip) return;
    ({ store, dispose } = await freshStore(kind));
  });
  afterEach(async () => {
    if (!skip) await dispose();
  });

  it.skipIf(skip)('stores a new visit with its topic and referral rows', async () => {
    const visit = makeVisit({ topics: ['health.prescription', 'practical.forms'], referrals: ['resolved'] });
    expect(statusesOf(await store.ingestVisits('tablet-1', [visit]), [visit])).toEqual(['accepted']);
    expect(await store.listVisits()).toEqual([
      { ...visit, topics: ['health.prescription', 'practical.forms'] },
    ]);
    expect((await childRows(store)).topics).toEqual([
      { visit_id: visit.id, topic: 'health.prescription', topic_group: 'health', visit_month: '2023-03' },
      { visit_id: visit.id, topic: 'practical.forms', topic_group: 'practical', visit_month: '2023-03' },
    ]);
  });

  it.skipIf(skip)('calls the same or an older rev a duplicate and changes nothing', async () => {
    const v2 = makeVisit({ rev: 2, ageGroup: 'older' });
    await store.ingestVisits('tablet-1', [v2]);
    const same = { ...v2, ageGroup: 'families' };
    const older = { ...v2, rev: 1, ageGroup: 'working-age' };
    expect(statusesOf(await store.ingestVisits('tablet-1', [same, older]), [same, older])).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await store.listVisits()).toEqual([v2]);
  });

  it.skipIf(skip)('replaces the visit and its child rows with a newer rev', async () => {
    const v1 = makeVisit({ topics: ['health.prescription'], referrals: ['resolved'] });
    await store.ingestVisits('tablet-1', [v1]);
    const v2 = { ...v1, rev: 2, topics: ['social.income'], referrals: [] };
    expect(statusesOf(await store.ingestVisits('tablet-1', [v2]), [v2])).toEqual(['accepted']);
    expect(await store.listVisits()).toEqual([v2]);
    const rows = await childRows(store);
    expect(rows.topics.map((r) => r.topic)).toEqual(['social.income']);
    expect(rows.referrals).toEqual([]);
  });

  it.skipIf(skip)('keeps a tombstone without child rows, and an older rev cannot revive it', async () => {
    const v1 = makeVisit();
    await store.ingestVisits('tablet-1', [v1]);
    const tombstone = { ...v1, rev: 2, deleted: true };
    await store.ingestVisits('tablet-1', [tombstone]);
    expect(statusesOf(await store.ingestVisits('tablet-1', [v1]), [v1])).toEqual(['duplicate']);
    expect(await store.listVisits()).toEqual([{ ...tombstone, topics: [], referrals: [] }]);
    expect(await childRows(store)).toEqual({ topics: [], referrals: [] });
  });

  it.skipIf(skip)('takes the highest rev when one batch holds the same id twice', async () => {
    const v1 = makeVisit();
    const v3 = { ...v1, rev: 3, sector: 'social' as const, topics: ['social.income'] };
    const outcomes = await store.ingestVisits('tablet-1', [v3, v1, v3]);
    expect([outcomes.get(v3)!.status, outcomes.get(v1)!.status]).toEqual(['accepted', 'duplicate']);
    expect(await store.listVisits()).toEqual([v3]);
  });

  it.skipIf(skip)('refuses to move a stored visit to another point', async () => {
    const visit = makeVisit({ pointId: 'kerava' });
    await store.ingestVisits('tablet-1', [visit]);
    const moved = { ...visit, rev: 2, pointId: 'hyvinkaa' };
    const lower = { ...moved, rev: 1 };
    const outcomes = await store.ingestVisits('tablet-2', [moved, lower]);
    expect(outcomes.get(moved)).toEqual({
      status: 'rejected',
      reason: expect.stringContaining('another point'),
    });
    // The lower rev beside it is refused too: as a duplicate the tablet would count it as sent.
    expect(outcomes.get(lower)).toEqual(outcomes.get(moved));
    expect(await store.listVisits()).toEqual([visit]);
  });

  it.skipIf(skip)('rolls back the whole batch when a write inside it fails', async () => {
    const before = makeVisit();
    await store.ingestVisits('tablet-1', [before]);
    // Make the last statement of the batch (the referral rows) fail after the visits were written.
    await sql`drop table visit_referrals`.execute(store.db);
    const batch = [makeVisit({ referrals: ['resolved'] }), { ...before, rev: 2, topics: [] }];
    await expect(store.ingestVisits('tablet-1', batch)).rejects.toThrow();
    expect(await store.countStoredVisits()).toBe(1);
    const rows = await store.db.selectFrom('visits').select(['id', 'rev']).execute();
    expect(rows.map((r) => [r.id, Number(r.rev)])).toEqual([[before.id, 1]]);
    const topics = await store.db.selectFrom('visit_topics').select('topic').execute();
    expect(topics.map((t) => t.topic)).toEqual(before.topics);
  });

  it.skipIf(skip)('stores 500 visits with many topics in one batch', async () => {
    const visits = Array.from({ length: 500 }, () =>
      makeVisit({ topics: ['health.prescription', 'practical.forms', 'social.income'] }),
    );
    const outcomes = await store.ingestVisits('tablet-1', visits);
    expect(statusesOf(outcomes, visits).every((s) => s === 'accepted')).toBe(true);
    expect(await store.countStoredVisits()).toBe(500);
    expect((await childRows(store)).topics).toHaveLength(1500);
  });
});
