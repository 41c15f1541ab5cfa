import type { Catalogue, CatalogueList } from './catalogue';
import { monthsBetween } from './helsinki-date';
import { shareOf, type CountAndShare, type SectorCounts } from './tally';
import { sectors, type Sector } from './visit';

/**
 * The reports' additions to the tally (issue 14): points side by side, the sector split of topics
 * and referrals, the optional questions, and compared periods. Raw counts come from the server's
 * running counts; the shaping is here so the page and the exports read one answer.
 */
export interface ReportCounts {
  /** Counted visits per point, month, age group and sector. */
  cells: { pointId: string; month: string; ageGroup: string; sector: Sector; visits: number }[];
  topicSectors: { sector: Sector; code: string; count: number }[];
  referralSectors: { sector: Sector; code: string; count: number }[];
  answers: { question: OptionalQuestion; code: string; count: number }[];
}

/** The optional questions a county may collect, as stored, and the answer field of each. */
export const optionalQuestions = {
  serviceLanguage: 'byServiceLanguage',
  faceToFaceReason: 'byFaceToFaceReason',
  municipality: 'byMunicipality',
  channel: 'byChannel',
} as const;
export type OptionalQuestion = keyof typeof optionalQuestions;
export type AnswerField = (typeof optionalQuestions)[OptionalQuestion];

/** The catalogue list of each answer field's codes; municipalities are not in the catalogue (Statistics Finland's file names them). */
export const answerLists: Record<AnswerField, CatalogueList | undefined> = {
  byServiceLanguage: 'serviceLanguages',
  byFaceToFaceReason: 'faceToFaceReasons',
  byMunicipality: undefined,
  byChannel: 'channels',
};

/** Visits per age group code, by sector and in total. */
export type AgeGroupCounts = Record<string, SectorCounts & { total: number }>;

/** One point's row of the points table. */
export interface PointCounts {
  visits: number;
  bySector: SectorCounts;
  /** Visits per age group (all sectors). */
  byAgeGroup: Record<string, number>;
}

/** A period's headline figures, for comparison with the range asked for. */
export interface ComparedPeriod {
  from: string;
  to: string;
  visits: number;
  bySector: SectorCounts;
  byAgeGroup: AgeGroupCounts;
}

/** A month of the range whose visits changed after its last export. */
export interface LateMonth {
  changedSinceExport: number;
  exportedAt: string;
}

/** The reports page's tables beyond the basic tally (points, months × points, topics by sector…). */
export type ReportAdditions = {
  byPoint: Record<string, PointCounts>;
  byMonthAndPoint: Record<string, Record<string, number>>;
  topicsBySector: Record<Sector, Record<string, CountAndShare>>;
  referralsBySector: Record<Sector, Record<string, CountAndShare>>;
} & Partial<Record<AnswerField, Record<string, CountAndShare>>>;

const emptySectors = (): SectorCounts => ({ social: 0, health: 0, both: 0 });

/** Counts with shares of `visits`, most first; codes of no visit are left out. */
function withShares(
  counts: { code: string; count: number }[],
  visits: number,
): Record<string, CountAndShare> {
  const byCode = new Map<string, number>();
  for (const { code, count } of counts) byCode.set(code, (byCode.get(code) ?? 0) + count);
  const sorted = [...byCode].filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return Object.fromEntries(sorted.map(([code, count]) => [code, { count, share: shareOf(count, visits) }]));
}

/** The points table, months × points, sector splits and optional questions of a range. */
export function buildReportAdditions(
  range: { from: string; to: string; points: string[] },
  counts: ReportCounts,
  catalogue: Catalogue,
): ReportAdditions {
  const byPoint: Record<string, PointCounts> = {};
  const byMonthAndPoint: Record<string, Record<string, number>> = {};
  const emptyPoint = (): PointCounts => ({
    visits: 0,
    bySector: emptySectors(),
    byAgeGroup: Object.fromEntries(catalogue.ageGroups.map((a) => [a.code, 0])),
  });
  for (const point of range.points) byPoint[point] = emptyPoint();
  for (const month of monthsBetween(range.from, range.to)) {
    byMonthAndPoint[month] = Object.fromEntries(range.points.map((p) => [p, 0]));
  }
  const sectorVisits = emptySectors();
  let visits = 0;
  for (const cell of counts.cells) {
    const point = (byPoint[cell.pointId] ??= emptyPoint());
    point.visits += cell.visits;
    point.bySector[cell.sector] += cell.visits;
    point.byAgeGroup[cell.ageGroup] = (point.byAgeGroup[cell.ageGroup] ?? 0) + cell.visits;
    const month = (byMonthAndPoint[cell.month] ??= {});
    month[cell.pointId] = (month[cell.pointId] ?? 0) + cell.visits;
    sectorVisits[cell.sector] += cell.visits;
    visits += cell.visits;
  }
  // Shares are of that sector's visits: "the social desk's most common onward referrals".
  const bySector = (rows: ReportCounts['topicSectors']) =>
    Object.fromEntries(
      sectors.map((s) => [
        s,
        withShares(
          rows.filter((r) => r.sector === s),
          sectorVisits[s],
        ),
      ]),
    ) as Record<Sector, Record<string, CountAndShare>>;
  const additions: ReportAdditions = {
    byPoint,
    byMonthAndPoint,
    topicsBySector: bySector(counts.topicSectors),
    referralsBySector: bySector(counts.referralSectors),
  };
  // A question appears when any visit of the range answered it: the county collects it.
  for (const [question, field] of Object.entries(optionalQuestions) as [OptionalQuestion, AnswerField][]) {
    const answers = counts.answers.filter((a) => a.question === question);
    if (answers.some((a) => a.count > 0)) additions[field] = withShares(answers, visits);
  }
  return additions;
}

/** A compared period's headline figures from its cells. */
export function buildComparedPeriod(
  period: { from: string; to: string },
  cells: ReportCounts['cells'],
  catalogue: Catalogue,
): ComparedPeriod {
  const bySector = emptySectors();
  const byAgeGroup: AgeGroupCounts = {};
  for (const { code } of catalogue.ageGroups) byAgeGroup[code] = { ...emptySectors(), total: 0 };
  let visits = 0;
  for (const cell of cells) {
    visits += cell.visits;
    bySector[cell.sector] += cell.visits;
    const age = (byAgeGroup[cell.ageGroup] ??= { ...emptySectors(), total: 0 });
    age[cell.sector] += cell.visits;
    age.total += cell.visits;
  }
  return { from: period.from, to: period.to, visits, bySector, byAgeGroup };
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The period of the same length just before `from`..`to`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = monthIndex(to) - monthIndex(from) + 1;
  return { from: monthAt(monthIndex(from) - length), to: monthAt(monthIndex(from) - 1) };
}

/** The same months a year earlier. */
export function yearEarlierPeriod(from: string, to: string): { from: string; to: string } {
  return { from: monthAt(monthIndex(from) - 12), to: monthAt(monthIndex(to) - 12) };
}

/** Change from `before` to `now`: the difference, and in percent of `before` (null when it was 0). */
export function changeOf(now: number, before: number): { change: number; percent: number | null } {
  return {
    change: now - before,
    percent: before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10,
  };
}
