import { sectors, type Sector } from '../../domain/visit';
import { hideInLines, type Line } from './suppression';
import type { TallyReport } from './tally-report';

/** Which counts of the exported tables to hide; every table that shares a total is in one system. */
export interface JointHidden {
  total: boolean;
  sector: Record<Sector, boolean>;
  ageGroup: Map<string, boolean>;
  month: Map<string, boolean>;
  point: Map<string, boolean>;
  /** Keyed `row|column`: age group|sector, month|sector, point|sector, point|age group, month|point. */
  ageSector: Map<string, boolean>;
  monthSector: Map<string, boolean>;
  pointSector: Map<string, boolean>;
  pointAge: Map<string, boolean>;
  monthPoint: Map<string, boolean>;
  /** Keyed `sector|code`, and the code's total of the topic or referral table. */
  topicSector: Map<string, boolean>;
  topic: Map<string, boolean>;
  referralSector: Map<string, boolean>;
  referral: Map<string, boolean>;
}

/**
 * Suppression over every table of an export at once. The age group, month and point tables are
 * breakdowns of the same visits: they share the visits per sector, per age group, per month and
 * per point and the grand total, so a count hidden in one could otherwise be worked out from
 * another (points × sectors adds up to the same sector totals as age groups × sectors). A topic's
 * or referral's counts per sector add up to its count in the topic or referral table.
 */
export function hideJointly(report: TallyReport, below: number): JointHidden {
  const values: number[] = [];
  const isWhole: boolean[] = [];
  const lines: Line[] = [];
  const add = (value: number, whole: boolean) => {
    values.push(value);
    isWhole.push(whole);
    return values.length - 1;
  };
  const totals = (entries: [string, number][]) => new Map(entries.map(([key, n]) => [key, add(n, true)]));
  const total = add(report.visits, true);
  const sector = totals(sectors.map((s) => [s, report.bySector[s]]));
  const age = totals(Object.entries(report.byAgeGroup).map(([code, a]) => [code, a.total]));
  const month = totals(Object.entries(report.byMonth).map(([m, c]) => [m, c.visits]));
  const point = totals(Object.entries(report.byPoint).map(([p, c]) => [p, c.visits]));
  for (const wholes of [sector, age, month, point]) lines.push({ parts: [...wholes.values()], whole: total });

  /** A table of parts whose rows add up to `rows` and columns to `columns`. */
  const grid = (
    rows: Map<string, number>,
    columns: Map<string, number>,
    valueOf: (r: string, c: string) => number,
  ) => {
    const cells = new Map<string, number>();
    for (const r of rows.keys())
      for (const c of columns.keys()) cells.set(`${r}|${c}`, add(valueOf(r, c), false));
    for (const [r, whole] of rows)
      lines.push({ parts: [...columns.keys()].map((c) => cells.get(`${r}|${c}`)!), whole });
    for (const [c, whole] of columns)
      lines.push({ parts: [...rows.keys()].map((r) => cells.get(`${r}|${c}`)!), whole });
    return cells;
  };
  const ageSector = grid(age, sector, (a, s) => report.byAgeGroup[a]![s as Sector]);
  const monthSector = grid(month, sector, (m, s) => report.byMonth[m]!.bySector[s as Sector]);
  const pointSector = grid(point, sector, (p, s) => report.byPoint[p]!.bySector[s as Sector]);
  const pointAge = grid(point, age, (p, a) => report.byPoint[p]!.byAgeGroup[a] ?? 0);
  const monthPoint = grid(month, point, (m, p) => report.byMonthAndPoint[m]?.[p] ?? 0);

  /** A code's counts per sector add up to its count in the table of all sectors. */
  const split = (all: TallyReport['byTopic'], bySector: TallyReport['topicsBySector']) => {
    const whole = totals(Object.entries(all).map(([code, c]) => [code, c.count]));
    const parts = new Map<string, number>();
    for (const [code, w] of whole) {
      const own = sectors.map((s) => {
        const index = add(bySector[s][code]?.count ?? 0, false);
        parts.set(`${s}|${code}`, index);
        return index;
      });
      lines.push({ parts: own, whole: w });
    }
    return { whole, parts };
  };
  const topics = split(report.byTopic, report.topicsBySector);
  const referrals = split(report.byReferral, report.referralsBySector);

  const isHidden = hideInLines(values, isWhole, lines, below);
  const flags = (indexes: Map<string, number>) => new Map([...indexes].map(([k, i]) => [k, isHidden[i]!]));
  return {
    total: isHidden[total]!,
    sector: Object.fromEntries([...sector].map(([s, i]) => [s, isHidden[i]!])) as Record<Sector, boolean>,
    ageGroup: flags(age),
    month: flags(month),
    point: flags(point),
    ageSector: flags(ageSector),
    monthSector: flags(monthSector),
    pointSector: flags(pointSector),
    pointAge: flags(pointAge),
    monthPoint: flags(monthPoint),
    topicSector: flags(topics.parts),
    topic: flags(topics.whole),
    referralSector: flags(referrals.parts),
    referral: flags(referrals.whole),
  };
}
