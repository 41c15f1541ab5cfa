import { referenceCatalogue } from '../../src/domain/catalogue';
import { buildTally, countVisits, type Tally } from '../../src/domain/tally';
import type { Visit } from '../../src/domain/visit';

/**
 * The sync rule as a check: the server holds exactly the latest rev of every visit the tablets
 * created (deleted or not) — nothing lost, nothing twice, nothing stale — and the tallies computed
 * from both sides are equal. `held` is what the server stores, e.g. `store.listVisits()`.
 */
export interface SyncCheck {
  /** Ids the tablets created that the server does not hold. */
  lost: string[];
  /** Ids the server holds more than once. */
  duplicated: string[];
  /** Ids the server holds that no tablet created. */
  unknown: string[];
  /** Ids held at another rev than the tablets' latest. */
  wrongRev: { id: string; created: number; held: number }[];
  /** Ids held at the right rev but with other contents. */
  different: string[];
  created: Tally;
  held: Tally;
}

/** The latest rev of each visit (what a tablet's outbox converges to). */
export function latestRevs(visits: Iterable<Visit>): Visit[] {
  const latest = new Map<string, Visit>();
  for (const visit of visits) {
    const known = latest.get(visit.id);
    if (!known || visit.rev > known.rev) latest.set(visit.id, visit);
  }
  return [...latest.values()];
}

/** Compare on what the server keeps: codes as sets (order is the tablet's), tombstones without codes. */
function comparable(visit: Visit): string {
  const { topics, referrals, faceToFaceReasons, ...rest } = visit;
  const sorted = (codes: string[] | undefined) => (codes ? [...codes].sort() : undefined);
  const entries = Object.entries({
    ...rest,
    topics: visit.deleted ? [] : sorted(topics),
    referrals: visit.deleted ? [] : sorted(referrals),
    faceToFaceReasons: sorted(faceToFaceReasons),
  }).filter(([, value]) => value !== undefined);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

function tallyOf(visits: Visit[]): Tally {
  const months = visits.map((v) => v.visitDate.slice(0, 7)).sort();
  const range = {
    from: months[0] ?? '2000-01',
    to: months.at(-1) ?? '2000-01',
    points: [...new Set(visits.map((v) => v.pointId))].sort(),
  };
  return buildTally(range, countVisits(visits), referenceCatalogue);
}

/** Compare what tablets created (every rev they sent, any order) with what the server holds. */
export function checkSync(created: Iterable<Visit>, held: Visit[]): SyncCheck {
  const expected = new Map(latestRevs(created).map((v) => [v.id, v]));
  const heldById = new Map<string, Visit>();
  const duplicated = new Set<string>();
  for (const visit of held) {
    if (heldById.has(visit.id)) duplicated.add(visit.id);
    heldById.set(visit.id, visit);
  }
  const check: SyncCheck = {
    lost: [...expected.keys()].filter((id) => !heldById.has(id)),
    duplicated: [...duplicated],
    unknown: [...heldById.keys()].filter((id) => !expected.has(id)),
    wrongRev: [],
    different: [],
    created: tallyOf([...expected.values()]),
    held: tallyOf([...heldById.values()]),
  };
  for (const [id, want] of expected) {
    const got = heldById.get(id);
    if (!got) continue;
    if (got.rev !== want.rev) check.wrongRev.push({ id, created: want.rev, held: got.rev });
    else if (comparable(got) !== comparable(want)) check.different.push(id);
  }
  return check;
}

/** The problems of a check in words; empty when the server holds exactly what the tablets created. */
export function syncProblems(check: SyncCheck): string[] {
  const problems: string[] = [];
  const list = (ids: unknown[]) =>
    `${ids.length} (${JSON.stringify(ids.slice(0, 3))}${ids.length > 3 ? ', …' : ''})`;
  if (check.lost.length) problems.push(`lost: ${list(check.lost)}`);
  if (check.duplicated.length) problems.push(`held twice: ${list(check.duplicated)}`);
  if (check.unknown.length) problems.push(`held but never created: ${list(check.unknown)}`);
  if (check.wrongRev.length) problems.push(`held at the wrong rev: ${list(check.wrongRev)}`);
  if (check.different.length) problems.push(`held with other contents: ${list(check.different)}`);
  if (JSON.stringify(check.created) !== JSON.stringify(check.held)) {
    problems.push(
      `tallies differ: created ${check.created.visits} counted visits, held ${check.held.visits}`,
    );
  }
  return problems;
}

/** Throw with the problems unless the server holds exactly what the tablets created. */
export function assertSynced(created: Iterable<Visit>, held: Visit[]): SyncCheck {
  const check = checkSync(created, held);
  const problems = syncProblems(check);
  if (problems.length > 0)
    throw new Error(`The server does not hold what the tablets created:\n- ${problems.join('\n- ')}`);
  return check;
}
