import { activeEntries, topicGroupOf, type Catalogue } from './catalogue';
import { monthOf, monthsBetween } from './helsinki-date';
import { isCounted, type Sector, type Visit } from './visit';

/**
 * What is counted, in one place: the tablet's daily counts and the server's SQL both produce
 * these raw counts, and `buildTally` turns them into the contract's shape, so they cannot disagree.
 * - a visit is counted once, in the month of its Helsinki `visitDate`, unless it is deleted;
 * - a topic or referral counts once per visit that has it;
 * - a topic group counts once per visit with at least one topic in it;
 * - shares are of visits, so they add up to more than 100 % when visits have several topics.
 */
export interface TallyCounts {
  cells: { month: string; ageGroup: string; sector: Sector; visits: number }[];
  topics: { code: string; count: number }[];
  topicGroups: { code: string; count: number }[];
  referrals: { code: string; count: number }[];
}

/** A count and its share of all visits in the range (0–1). */
export interface CountAndShare {
  count: number;
  share: number;
}
/** Visits per sector. */
export type SectorCounts = Record<Sector, number>;

/** The tally of the contract's `GET /api/v1/tallies`. */
export interface Tally {
  from: string;
  to: string;
  points: string[];
  visits: number;
  bySector: SectorCounts;
  byAgeGroup: Record<string, SectorCounts & { total: number }>;
  byTopicGroup: Record<string, CountAndShare>;
  byTopic: Record<string, CountAndShare>;
  byReferral: Record<string, CountAndShare>;
  byMonth: Record<string, { visits: number; bySector: SectorCounts }>;
}

/** A share of visits, rounded to three decimals (0.235 = 23.5 %); 0 when there are no visits. */
export function shareOf(count: number, visits: number): number {
  return visits === 0 ? 0 : Math.round((count / visits) * 1000) / 1000;
}

const emptySectors = (): SectorCounts => ({ social: 0, health: 0, both: 0 });

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const asCounts = (map: Map<string, number>) => [...map].map(([code, count]) => ({ code, count }));

/** Count visits in memory by the rules above (the tablet's counts, and the reference for tests). */
export function countVisits(visits: Iterable<Visit>): TallyCounts {
  const cells = new Map<string, { month: string; ageGroup: string; sector: Sector; visits: number }>();
  const topics = new Map<string, number>();
  const topicGroups = new Map<string, number>();
  const referrals = new Map<string, number>();
  for (const visit of visits) {
    if (!isCounted(visit)) continue;
    const month = monthOf(visit.visitDate);
    const key = `${month}|${visit.ageGroup}|${visit.sector}`;
    const cell = cells.get(key) ?? { month, ageGroup: visit.ageGroup, sector: visit.sector, visits: 0 };
    cell.visits += 1;
    cells.set(key, cell);
    for (const topic of new Set(visit.topics)) increment(topics, topic);
    for (const group of new Set(visit.topics.map(topicGroupOf))) increment(topicGroups, group);
    for (const referral of new Set(visit.referrals)) increment(referrals, referral);
  }
  return {
    cells: [...cells.values()],
    topics: asCounts(topics),
    topicGroups: asCounts(topicGroups),
    referrals: asCounts(referrals),
  };
}

/** Counts with shares of visits; every code in use is listed (zero included), then any others seen (retired ones). */
function withShares(
  codes: readonly { code: string; retired?: boolean }[],
  counts: TallyCounts['topics'],
  visits: number,
): Record<string, CountAndShare> {
  const byCode = new Map<string, number>();
  for (const { code, count } of counts) increment(byCode, code, count);
  const result: Record<string, CountAndShare> = {};
  for (const { code } of activeEntries(codes)) result[code] = { count: 0, share: 0 };
  for (const [code, count] of byCode) result[code] = { count, share: shareOf(count, visits) };
  return result;
}

/** Turn raw counts into the contract's tally over the months `from`..`to` (inclusive). */
export function buildTally(
  range: { from: string; to: string; points: string[] },
  counts: TallyCounts,
  catalogue: Catalogue,
): Tally {
  const bySector = emptySectors();
  const byAgeGroup: Tally['byAgeGroup'] = {};
  const byMonth: Tally['byMonth'] = {};
  for (const { code } of activeEntries(catalogue.ageGroups))
    byAgeGroup[code] = { ...emptySectors(), total: 0 };
  for (const month of monthsBetween(range.from, range.to)) {
    byMonth[month] = { visits: 0, bySector: emptySectors() };
  }
  let visits = 0;
  for (const cell of counts.cells) {
    visits += cell.visits;
    bySector[cell.sector] += cell.visits;
    const age = (byAgeGroup[cell.ageGroup] ??= { ...emptySectors(), total: 0 });
    age[cell.sector] += cell.visits;
    age.total += cell.visits;
    const month = (byMonth[cell.month] ??= { visits: 0, bySector: emptySectors() });
    month.visits += cell.visits;
    month.bySector[cell.sector] += cell.visits;
  }
  return {
    from: range.from,
    to: range.to,
    points: range.points,
    visits,
    bySector,
    byAgeGroup,
    byTopicGroup: withShares(catalogue.topicGroups, counts.topicGroups, visits),
    byTopic: withShares(catalogue.topics, counts.topics, visits),
    byReferral: withShares(catalogue.referrals, counts.referrals, visits),
    byMonth,
  };
}
