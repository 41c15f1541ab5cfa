import { describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { assertSynced, checkSync, syncProblems } from '../support/sync-checker';

// The checker guards every fault test, so it must itself catch each kind of divergence.
describe('the sync checker', () => {
  const a1 = makeVisit({ topics: ['health.prescription', 'practical.forms'] });
  const a2 = { ...a1, rev: 2, topics: ['practical.forms', 'health.prescription'], referrals: [] };
  const b = makeVisit();
  const bDeleted = { ...b, rev: 2, deleted: true };

  it('passes when the server holds the latest rev of each visit, tombstones without codes', () => {
    expect(() =>
      assertSynced([a1, b, a2, bDeleted], [a2, { ...bDeleted, topics: [], referrals: [] }]),
    ).not.toThrow();
  });

  it('finds a lost visit, a visit held twice, a stale rev, changed contents and an unknown visit', () => {
    expect(syncProblems(checkSync([a1, b], [a1]))).toEqual([
      expect.stringMatching(/^lost: 1/),
      expect.stringMatching(/^tallies differ/),
    ]);
    expect(checkSync([a1], [a1, a1]).duplicated).toEqual([a1.id]);
    expect(checkSync([a1, a2], [a1]).wrongRev).toEqual([{ id: a1.id, created: 2, held: 1 }]);
    expect(checkSync([a1], [{ ...a1, sector: 'social' }]).different).toEqual([a1.id]);
    expect(checkSync([a1], [a1, b]).unknown).toEqual([b.id]);
    expect(() => assertSynced([a1, b], [a1])).toThrow(/lost: 1/);
  });
});
