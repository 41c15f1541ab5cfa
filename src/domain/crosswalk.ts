import { z } from 'zod/mini';
import { catalogueLists, type CatalogueContent, type CatalogueList } from './catalogue';
import type { VersionInfo } from './catalogue-versions';
import type { TallyCounts } from './tally';
import { answerLists, optionalQuestions, type ReportCounts } from './tally-additions';

/**
 * The crosswalk between catalogue versions, for tallies over ranges that span them. Codes never
 * change meaning, so stored counts stay by code; at read time:
 * - a retired code continued by exactly one entry is a merge: counted under that entry's code
 *   (following chains: a → b → c), with a note;
 * - a retired code continued by several entries is a split: old data cannot be divided, so the
 *   code stays apart, with a note of the break ("from 1.3.2026 counted as …");
 * - any other retired code stays apart with its last label, marked retired.
 */
export const crosswalkNoteSchema = z.object({
  list: z.enum(catalogueLists),
  kind: z.enum(['merged', 'split', 'retired']),
  /** merged: the code counted under; split and retired: the retired code. */
  code: z.string(),
  /** merged: the retired codes counted in it; split: the codes it continues as; retired: none. */
  codes: z.array(z.string()),
  /** When the version that made the merge or split was published (ISO); null when not known. */
  since: z.nullable(z.string()),
});
export type CrosswalkNote = z.infer<typeof crosswalkNoteSchema>;

/** How each list's codes are read across versions. */
export interface Crosswalk {
  /** Per list: retired code → the code it is counted under. */
  into: Record<CatalogueList, Map<string, string>>;
  /** Per list: retired code split between several codes → those codes. */
  splits: Record<CatalogueList, Map<string, string[]>>;
  retired: Record<CatalogueList, Set<string>>;
  /** `${list} ${code} ${continued}` → when that continuation was published. */
  since: Map<string, string>;
}

const perList = <T>(make: () => T) =>
  Object.fromEntries(catalogueLists.map((list) => [list, make()])) as Record<CatalogueList, T>;

/** The crosswalk of the catalogue in force, dated by the history of published versions. */
export function crosswalkOf(inForce: CatalogueContent, history: readonly VersionInfo[]): Crosswalk {
  const crosswalk: Crosswalk = {
    into: perList(() => new Map()),
    splits: perList(() => new Map()),
    retired: perList(() => new Set()),
    since: new Map(),
  };
  // Oldest first, so the first version that said so dates the continuation.
  for (const version of [...history].sort((a, b) => a.number - b.number)) {
    for (const change of version.changes) {
      if (change.kind !== 'continues' || change.list === 'questions') continue;
      for (const code of change.codes ?? []) {
        const key = `${change.list} ${change.code} ${code}`;
        if (!crosswalk.since.has(key)) crosswalk.since.set(key, version.publishedAt);
      }
    }
  }
  for (const list of catalogueLists) {
    const entries = inForce[list] as readonly { code: string; retired: boolean; continues: string[] }[];
    const continuedBy = new Map<string, string[]>();
    for (const entry of entries) {
      if (entry.retired) crosswalk.retired[list].add(entry.code);
      for (const old of entry.continues) continuedBy.set(old, [...(continuedBy.get(old) ?? []), entry.code]);
    }
    for (const [old, by] of continuedBy) {
      if (by.length === 1) crosswalk.into[list].set(old, by[0]!);
      else crosswalk.splits[list].set(old, by);
    }
    // Follow chains to the end (a → b, b → c counts a under c); a loop stops where it closes.
    for (const old of [...crosswalk.into[list].keys()]) {
      let target = crosswalk.into[list].get(old)!;
      const seen = new Set([old]);
      while (crosswalk.into[list].has(target) && !seen.has(target)) {
        seen.add(target);
        target = crosswalk.into[list].get(target)!;
      }
      crosswalk.into[list].set(old, target);
    }
  }
  return crosswalk;
}

/** The code a stored code is counted under. */
export function countedAs(crosswalk: Crosswalk, list: CatalogueList, code: string): string {
  return crosswalk.into[list].get(code) ?? code;
}

/** Raw counts read through the crosswalk, and the notes a reader of these figures needs. */
export function applyCrosswalk(
  counts: TallyCounts,
  crosswalk: Crosswalk,
): { counts: TallyCounts; notes: CrosswalkNote[] } {
  const seen = perList(() => new Set<string>());
  const fold = (list: CatalogueList, rows: TallyCounts['topics']) => {
    const byCode = new Map<string, number>();
    for (const { code, count } of rows) {
      if (count > 0) seen[list].add(code);
      const as = countedAs(crosswalk, list, code);
      byCode.set(as, (byCode.get(as) ?? 0) + count);
    }
    return [...byCode].map(([code, count]) => ({ code, count }));
  };
  const cells = new Map<string, TallyCounts['cells'][number]>();
  for (const cell of counts.cells) {
    if (cell.visits > 0) seen.ageGroups.add(cell.ageGroup);
    const ageGroup = countedAs(crosswalk, 'ageGroups', cell.ageGroup);
    const key = `${cell.month}|${ageGroup}|${cell.sector}`;
    const kept = cells.get(key);
    if (kept) kept.visits += cell.visits;
    else cells.set(key, { ...cell, ageGroup });
  }
  const folded: TallyCounts = {
    ...counts,
    cells: [...cells.values()],
    topics: fold('topics', counts.topics),
    topicGroups: fold('topicGroups', counts.topicGroups),
    referrals: fold('referrals', counts.referrals),
  };
  return { counts: folded, notes: notesFor(crosswalk, seen) };
}

/** Notes for the codes these figures actually hold. */
export function notesFor(crosswalk: Crosswalk, seen: Record<CatalogueList, Set<string>>): CrosswalkNote[] {
  const notes: CrosswalkNote[] = [];
  for (const list of catalogueLists) {
    const merged = new Map<string, string[]>();
    for (const code of seen[list]) {
      const into = crosswalk.into[list].get(code);
      if (into !== undefined) merged.set(into, [...(merged.get(into) ?? []), code]);
      else if (crosswalk.splits[list].has(code)) {
        const codes = crosswalk.splits[list].get(code)!;
        const since = codes.map((c) => crosswalk.since.get(`${list} ${c} ${code}`)).find(Boolean) ?? null;
        notes.push({ list, kind: 'split', code, codes, since });
      } else if (crosswalk.retired[list].has(code)) {
        notes.push({ list, kind: 'retired', code, codes: [], since: null });
      }
    }
    for (const [code, codes] of merged) {
      const dates = codes.flatMap((c) => {
        // The direct continuation dates the merge; a chain is dated by its first link found.
        const direct = crosswalk.since.get(`${list} ${code} ${c}`);
        return direct
          ? [direct]
          : [...crosswalk.since]
              .filter(([k]) => k.startsWith(`${list} `) && k.endsWith(` ${c}`))
              .map(([, v]) => v);
      });
      notes.push({ list, kind: 'merged', code, codes: codes.sort(), since: dates.sort()[0] ?? null });
    }
  }
  return notes;
}

/** Cells with merged age groups read as the age groups that continue them. */
export function ageGroupsThrough(crosswalk: Crosswalk, cells: ReportCounts['cells']): ReportCounts['cells'] {
  return cells.map((c) => ({ ...c, ageGroup: countedAs(crosswalk, 'ageGroups', c.ageGroup) }));
}

/** The reports' raw counts with merged codes read as the codes that continue them. */
export function reportCountsThrough(crosswalk: Crosswalk, counts: ReportCounts): ReportCounts {
  const through = (list: CatalogueList | undefined, code: string) =>
    list ? countedAs(crosswalk, list, code) : code;
  return {
    cells: ageGroupsThrough(crosswalk, counts.cells),
    topicSectors: counts.topicSectors.map((c) => ({ ...c, code: through('topics', c.code) })),
    referralSectors: counts.referralSectors.map((c) => ({ ...c, code: through('referrals', c.code) })),
    answers: counts.answers.map((c) => ({
      ...c,
      code: through(answerLists[optionalQuestions[c.question]], c.code),
    })),
  };
}
