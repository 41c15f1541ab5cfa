import { topicGroupOf, type Catalogue, type CatalogueList } from '../../domain/catalogue';
import { helsinkiDate, helsinkiTimestamp } from '../../domain/helsinki-date';
import type { Lang } from '../../domain/lang';
import { shareOf, type CountAndShare } from '../../domain/tally';
import { sectors } from '../../domain/visit';
import { catalogueLines, markedLabel } from './catalogue-notes';
import { exportLabels } from './labels';
import { hideJointly } from './joint-suppression';
import { quarterTable, type QuarterFigures } from './quarter-sheet';
import { lateLines, reportTables } from './report-tables';
import type { TallyReport } from './tally-report';

/** One cell of an exported table: a label, a count of visits, or a share of visits (0..1). */
export type Cell = string | { count: number } | { share: number } | { suppressed: true };

/** A share cell (0..1) as both writers show it: a percentage rounded to one decimal. */
export const percentOf = (share: number) => Math.round(share * 1000) / 10;

/** A table as both writers lay it out: a title, column names and rows. */
export interface ExportTable {
  /** Short name (an XLSX sheet name: at most 31 characters). */
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** The lines every export starts with: what it covers and when it was made. */
export interface ExportHeading {
  title: string;
  lines: [string, string][];
}

/** Counts under this are hidden when suppression is asked for (figures going outside). */
const SUPPRESS_BELOW = 5;

interface ExportOptions {
  lang: Lang;
  /**
   * Hide counts of 1..4 visits (and their shares), and in the tables that add up to totals as
   * many more as keep a hidden count from being worked out. Zero stays visible.
   */
  suppress: boolean;
  /** The quarterly sheet's figures (XLSX only). */
  quarter?: QuarterFigures;
}

/** The heading and tables of a report, in one language: what CSV and XLSX both write. */
export function exportTables(report: TallyReport, catalogue: Catalogue, options: ExportOptions) {
  const t = exportLabels[options.lang];
  // Labels of the catalogue in force; a retired code keeps its last label, marked retired.
  const label = (list: CatalogueList, code: string) => markedLabel(catalogue, list, code, options.lang);
  // One threshold for the ranked tables and hideSmallCounts; with suppression off no count is under 0.
  const below = options.suppress ? SUPPRESS_BELOW : 0;
  const isSmall = (count: number) => count > 0 && count < below;
  const count = (n: number, isHidden = isSmall(n)): Cell => (isHidden ? { suppressed: true } : { count: n });
  const share = (n: number, value: number, isHidden = isSmall(n)): Cell =>
    isHidden ? { suppressed: true } : { share: value };
  const sorted = (record: Record<string, CountAndShare>) =>
    Object.entries(record).sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  /** One category per row, most visits first: its label, count and share. */
  const ranked = (
    name: string,
    column: string,
    record: Record<string, CountAndShare>,
    list: CatalogueList,
    hiddenOf: (code: string) => boolean | undefined = () => undefined,
  ): ExportTable => ({
    name,
    title: name,
    columns: [column, t.visits, t.shareOfVisits],
    rows: sorted(record).map(([code, c]) => [
      label(list, code),
      count(c.count, hiddenOf(code)),
      share(c.count, c.share, hiddenOf(code)),
    ]),
  });
  const pointNames = report.coverage.points.map((p) => `${p.name} (${p.id})`).join(', ');

  const heading: ExportHeading = {
    title: t.title,
    lines: [
      [t.period, `${report.from} – ${report.to}`],
      [t.points, pointNames],
      [t.exportedAt, helsinkiTimestamp(new Date(report.generatedAt))],
      ...catalogueLines(report.catalogue, catalogue, options.lang),
      ...lateLines(report, options.lang, (iso) => helsinkiDate(new Date(iso))),
      ...(options.suppress ? [['', t.suppressedNote] as [string, string]] : []),
    ],
  };
  const sectorNames = sectors.map((s) => label('sectors', s));
  const ageGroups = Object.entries(report.byAgeGroup);
  const months = Object.entries(report.byMonth);
  // Every table that shares a total is suppressed in one system (see joint-suppression.ts).
  const joint = hideJointly(report, below);
  const hidden = {
    cells: [
      ageGroups.map(([code]) => sectors.map((s) => joint.ageSector.get(`${code}|${s}`)!)),
      months.map(([month]) => sectors.map((s) => joint.monthSector.get(`${month}|${s}`)!)),
    ],
    rowTotals: [
      ageGroups.map(([code]) => joint.ageGroup.get(code)!),
      months.map(([month]) => joint.month.get(month)!),
    ],
    columnTotals: sectors.map((s) => joint.sector[s]),
    total: joint.total,
  };
  const tables: ExportTable[] = [
    {
      name: t.ageGroup,
      title: t.ageGroupBySector,
      columns: [t.ageGroup, ...sectorNames, t.total, t.shareOfVisits],
      rows: [
        ...ageGroups.map(([code, cells], r) => [
          label('ageGroups', code),
          ...sectors.map((s, c) => count(cells[s], hidden.cells[0]![r]![c])),
          count(cells.total, hidden.rowTotals[0]![r]),
          share(cells.total, shareOf(cells.total, report.visits), hidden.rowTotals[0]![r]),
        ]),
        [
          t.all,
          ...sectors.map((s, c) => count(report.bySector[s], hidden.columnTotals[c])),
          count(report.visits, hidden.total),
          share(report.visits, report.visits ? 1 : 0, hidden.total),
        ],
      ],
    },
    {
      name: t.month,
      title: t.byMonth,
      columns: [t.month, ...sectorNames, t.total],
      rows: months.map(([month, m], r) => [
        month,
        ...sectors.map((s, c) => count(m.bySector[s], hidden.cells[1]![r]![c])),
        count(m.visits, hidden.rowTotals[1]![r]),
      ]),
    },
    ranked(t.topicGroups, t.topicGroup, report.byTopicGroup, 'topicGroups'),
    {
      name: t.topics,
      title: t.topics,
      columns: [t.topicGroup, t.topic, t.visits, t.shareOfVisits],
      rows: sorted(report.byTopic).map(([code, c]) => [
        label('topicGroups', topicGroupOf(code)),
        label('topics', code),
        count(c.count, joint.topic.get(code)),
        share(c.count, c.share, joint.topic.get(code)),
      ]),
    },
    ranked(t.referrals, t.referral, report.byReferral, 'referrals', (code) => joint.referral.get(code)),
    ...reportTables(report, joint, { lang: options.lang, label, count, share }),
    ...(options.quarter ? [quarterTable(options.quarter, options.lang, (n) => count(n))] : []),
    {
      name: t.coverage,
      title: t.coverage,
      columns: [t.point, t.tablet, t.lastSync],
      rows: report.coverage.devices.map((d) => [
        d.pointId,
        d.label,
        d.lastSyncAt ? helsinkiTimestamp(new Date(d.lastSyncAt)) : t.never,
      ]),
    },
  ];
  return { heading, tables, suppressedText: t.suppressed };
}
