import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { buildTally, countVisits } from '../../src/domain/tally';
import { keusoteVisits, makeVisit } from '../support/visit-factory';

const range = (from: string, to: string) => ({ from, to, points: ['hyvinkaa'] });
const tally = (visits: ReturnType<typeof makeVisit>[], from = '2023-01', to = '2023-06') =>
  buildTally(range(from, to), countVisits(visits), referenceCatalogue);

describe('tallies', () => {
  it('counts a small hand-computed set by sector, age group and month', () => {
    const result = tally([
      makeVisit({ visitDate: '2023-01-10', ageGroup: 'older', sector: 'health' }),
      makeVisit({ visitDate: '2023-01-31', ageGroup: 'older', sector: 'social' }),
      makeVisit({ visitDate: '2023-02-01', ageGroup: 'families', sector: 'both' }),
    ]);
    expect(result.visits).toBe(3);
    expect(result.bySector).toEqual({ social: 1, health: 1, both: 1 });
    expect(result.byAgeGroup.older).toEqual({ social: 1, health: 1, both: 0, total: 2 });
    expect(result.byAgeGroup['working-age']).toEqual({ social: 0, health: 0, both: 0, total: 0 });
    expect(result.byMonth['2023-01']).toEqual({ visits: 2, bySector: { social: 1, health: 1, both: 0 } });
    expect(result.byMonth['2023-02']?.visits).toBe(1);
    expect(result.byMonth['2023-06']).toEqual({ visits: 0, bySector: { social: 0, health: 0, both: 0 } });
  });

  it('counts a visit with two topics once for each topic, and its topic group once', () => {
    const result = tally([
      makeVisit({ topics: ['practical.booking', 'practical.digital-support'], referrals: ['resolved'] }),
      makeVisit({ topics: ['practical.booking'], referrals: [] }),
      makeVisit({ topics: [], referrals: [] }),
      makeVisit({ topics: ['health.symptoms'], referrals: ['resolved', 'external.kela'] }),
    ]);
    expect(result.byTopic['practical.booking']).toEqual({ count: 2, share: 0.5 });
    expect(result.byTopic['practical.digital-support']).toEqual({ count: 1, share: 0.25 });
    expect(result.byTopicGroup.practical).toEqual({ count: 2, share: 0.5 });
    expect(result.byTopicGroup.health).toEqual({ count: 1, share: 0.25 });
    expect(result.byTopicGroup.social).toEqual({ count: 0, share: 0 });
    expect(result.byReferral.resolved).toEqual({ count: 2, share: 0.5 });
  });

  it('does not count deleted visits', () => {
    const result = tally([makeVisit(), makeVisit({ rev: 2, deleted: true })]);
    expect(result.visits).toBe(1);
    expect(result.byTopic['health.prescription']?.count).toBe(1);
  });

  it('reproduces the Keusote table from its 1,506 visits', () => {
    const result = tally(keusoteVisits());
    expect(result.visits).toBe(1506);
    expect(result.bySector).toEqual({ social: 287, health: 1219, both: 0 });
    expect(result.byAgeGroup).toEqual({
      families: { social: 6, health: 52, both: 0, total: 58 },
      'working-age': { social: 140, health: 536, both: 0, total: 676 },
      older: { social: 141, health: 631, both: 0, total: 772 },
    });
    const shares = Object.values(result.byAgeGroup).map((a) => Math.round((a.total / result.visits) * 100));
    expect(shares).toEqual([4, 45, 51]);
  });

  it("gives Soite's topic-group shares of visits: 242 / 476 / 479 of 1,030 contacts", () => {
    const visits = Array.from({ length: 1030 }, (_, i) =>
      makeVisit({
        topics: [
          ...(i < 242 ? ['social.income'] : []),
          ...(i >= 200 && i < 676 ? ['health.symptoms'] : []),
          ...(i >= 551 ? ['practical.contact-info'] : []),
        ],
      }),
    );
    const result = tally(visits);
    expect(result.byTopicGroup.social).toEqual({ count: 242, share: 0.235 });
    expect(result.byTopicGroup.health).toEqual({ count: 476, share: 0.462 });
    expect(result.byTopicGroup.practical).toEqual({ count: 479, share: 0.465 });
  });
});
