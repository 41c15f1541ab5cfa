import type { Kysely } from 'kysely';
import { monthsBetween } from '../../domain/helsinki-date';
import type { LateMonth, OptionalQuestion, ReportCounts } from '../../domain/tally-additions';
import type { Sector } from '../../domain/visit';
import type { Database } from './schema';
import type { TallyRange } from './tally-queries';

type Count = number | string | bigint;

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** An export as the audit log remembers it: when, which months and which points. */
interface RememberedExport {
  at: string;
  from: string;
  to: string;
  points: string[];
}

/**
 * The reports' counts (issue 14) from the running counts of migrations 0002 and 0005, and the
 * late months: visits received after the last export of their month and point.
 */
export function reportQueries(db: Kysely<Database>) {
  /** Counted visits per point, month, age group and sector. */
  async function pointCells(range: TallyRange): Promise<ReportCounts['cells']> {
    if (range.points.length === 0) return [];
    const rows = await db
      .selectFrom('tally_cells')
      .select(['point_id', 'visit_month', 'age_group', 'sector', (eb) => eb.fn.sum<Count>('visits').as('n')])
      .where('point_id', 'in', range.points)
      .where('visit_month', '>=', range.from)
      .where('visit_month', '<=', range.to)
      .groupBy(['point_id', 'visit_month', 'age_group', 'sector'])
      .having((eb) => eb.fn.sum('visits'), '>', 0)
      .execute();
    return rows.map((r) => ({
      pointId: r.point_id,
      month: r.visit_month,
      ageGroup: r.age_group,
      sector: r.sector as Sector,
      visits: Number(r.n),
    }));
  }

  async function sectorSplit(
    table: 'tally_topic_sectors' | 'tally_referral_sectors',
    range: TallyRange,
  ): Promise<ReportCounts['topicSectors']> {
    const key = table === 'tally_topic_sectors' ? 'topic' : 'referral';
    const rows = await db
      .selectFrom(table as 'tally_topic_sectors')
      .select([
        'sector',
        (eb) => eb.ref(key as 'topic').as('code'),
        (eb) => eb.fn.sum<Count>('visits').as('n'),
      ])
      .where('point_id', 'in', range.points)
      .where('visit_month', '>=', range.from)
      .where('visit_month', '<=', range.to)
      .groupBy(['sector', key as 'topic'])
      .having((eb) => eb.fn.sum('visits'), '>', 0)
      .execute();
    return rows.map((r) => ({ sector: r.sector as Sector, code: r.code, count: Number(r.n) }));
  }

  async function answers(range: TallyRange): Promise<ReportCounts['answers']> {
    const rows = await db
      .selectFrom('tally_answers')
      .select(['question', 'answer', (eb) => eb.fn.sum<Count>('visits').as('n')])
      .where('point_id', 'in', range.points)
      .where('visit_month', '>=', range.from)
      .where('visit_month', '<=', range.to)
      .groupBy(['question', 'answer'])
      .having((eb) => eb.fn.sum('visits'), '>', 0)
      .execute();
    return rows.map((r) => ({
      question: r.question as OptionalQuestion,
      code: r.answer,
      count: Number(r.n),
    }));
  }

  async function exportsOf(range: TallyRange): Promise<RememberedExport[]> {
    const rows = await db
      .selectFrom('audit_log')
      .select(['at', 'details'])
      .where('action', '=', 'tally-exported')
      .orderBy('at')
      .execute();
    return rows.flatMap((row) => {
      const d = JSON.parse(row.details) as Partial<RememberedExport>;
      const isValid = typeof d.from === 'string' && typeof d.to === 'string' && Array.isArray(d.points);
      return isValid && d.from! <= range.to && d.to! >= range.from
        ? [{ at: row.at, from: d.from!, to: d.to!, points: d.points! }]
        : [];
    });
  }

  return {
    pointCells,
    /** Raw counts for `buildReportAdditions`; an empty point list counts nothing. */
    async reportCounts(range: TallyRange): Promise<ReportCounts> {
      if (range.points.length === 0) return { cells: [], topicSectors: [], referralSectors: [], answers: [] };
      const [cells, topicSectors, referralSectors, answerRows] = await Promise.all([
        pointCells(range),
        sectorSplit('tally_topic_sectors', range),
        sectorSplit('tally_referral_sectors', range),
        answers(range),
      ]);
      return { cells, topicSectors, referralSectors, answers: answerRows };
    },
    /**
     * The months of the range with visits received (new, edited or deleted) after the last export
     * that covered their month and point; months without an export or without changes are left out.
     */
    async lateMonths(range: TallyRange): Promise<Record<string, LateMonth>> {
      if (range.points.length === 0) return {};
      // The last export of each point and month of the range.
      const lastExport = new Map<string, string>();
      for (const e of await exportsOf(range)) {
        for (const point of e.points.filter((p) => range.points.includes(p))) {
          for (const month of monthsBetween(later(e.from, range.from), earlier(e.to, range.to)))
            lastExport.set(`${point}|${month}`, e.at);
        }
      }
      // The points and months whose last export is each export time.
      const byExport = new Map<string, { points: Set<string>; months: Set<string> }>();
      for (const [key, at] of lastExport) {
        const [point, month] = key.split('|') as [string, string];
        const group = byExport.get(at) ?? { points: new Set(), months: new Set() };
        group.points.add(point);
        group.months.add(month);
        byExport.set(at, group);
      }
      // One query per export time: the visits of its points and months received since, which the
      // index on (point_id, visit_month, received_at) finds without reading the rest of the data.
      const late: Record<string, LateMonth> = {};
      for (const [at, { points, months }] of byExport) {
        const rows = await db
          .selectFrom('visits')
          .select(['point_id', 'visit_month', (eb) => eb.fn.countAll<Count>().as('n')])
          .where('point_id', 'in', [...points])
          .where('visit_month', 'in', [...months])
          .where('received_at', '>', at)
          .groupBy(['point_id', 'visit_month'])
          .execute();
        for (const row of rows) {
          // The last export of this point and month (undefined: not asked for, or never exported).
          if (lastExport.get(`${row.point_id}|${row.visit_month}`) !== at) continue;
          const month = (late[row.visit_month] ??= { changedSinceExport: 0, exportedAt: at });
          month.changedSinceExport += Number(row.n);
          if (at > month.exportedAt) month.exportedAt = at;
        }
      }
      return Object.fromEntries(Object.entries(late).sort(([a], [b]) => a.localeCompare(b)));
    },
  };
}
