import type { CatalogueList } from '../../domain/catalogue';
import type { Lang } from '../../domain/lang';
import { answerLists, optionalQuestions } from '../../domain/tally-additions';
import { sectors, type Sector } from '../../domain/visit';
import type { JointHidden } from './joint-suppression';
import { exportLabels } from './labels';
import { reportLabels } from './report-labels';
import type { Cell, ExportTable } from './tally-tables';
import type { TallyReport } from './tally-report';

interface Helpers {
  lang: Lang;
  label: (list: CatalogueList, code: string) => string;
  count: (n: number, isHidden?: boolean) => Cell;
  share: (n: number, value: number, isHidden?: boolean) => Cell;
}

/** "3.4.2026": the date of an instant in Helsinki as the counties write it. */
export function finnishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** The tables of issue 14 in an export: points, months × points, sector splits, optional questions. */
export function reportTables(
  report: TallyReport,
  hidden: JointHidden,
  { lang, label, count, share }: Helpers,
): ExportTable[] {
  const t = { ...exportLabels[lang], ...reportLabels[lang] };
  const sectorNames = sectors.map((s) => label('sectors', s));
  const ageGroups = Object.keys(report.byAgeGroup);
  const pointName = (id: string) => report.coverage.points.find((p) => p.id === id)?.name ?? id;
  const points = Object.entries(report.byPoint);

  const bySector = (
    name: string,
    column: string,
    split: TallyReport['topicsBySector'],
    list: CatalogueList,
    partHidden: Map<string, boolean>,
  ): ExportTable => ({
    name,
    title: name,
    columns: [t.sector, column, t.visits, t.shareOfSector],
    rows: sectors.flatMap((s: Sector) =>
      Object.entries(split[s]).map(([code, c]) => {
        const isHidden = partHidden.get(`${s}|${code}`);
        return [
          label('sectors', s),
          label(list, code),
          count(c.count, isHidden),
          share(c.count, c.share, isHidden),
        ];
      }),
    ),
  });

  const tables: ExportTable[] = [
    {
      name: t.byPoint,
      title: t.byPoint,
      columns: [t.point, t.visits, ...sectorNames, ...ageGroups.map((a) => label('ageGroups', a))],
      rows: [
        ...points.map(([id, p]) => [
          pointName(id),
          count(p.visits, hidden.point.get(id)),
          ...sectors.map((s) => count(p.bySector[s], hidden.pointSector.get(`${id}|${s}`))),
          ...ageGroups.map((a) => count(p.byAgeGroup[a] ?? 0, hidden.pointAge.get(`${id}|${a}`))),
        ]),
        [
          t.all,
          count(report.visits, hidden.total),
          ...sectors.map((s) => count(report.bySector[s], hidden.sector[s])),
          ...ageGroups.map((a) => count(report.byAgeGroup[a]!.total, hidden.ageGroup.get(a))),
        ],
      ],
    },
    {
      name: t.byMonthAndPoint,
      title: t.byMonthAndPoint,
      columns: [t.month, ...points.map(([id]) => pointName(id)), t.total],
      rows: Object.entries(report.byMonthAndPoint).map(([month, byPoint]) => [
        month,
        ...points.map(([id]) => count(byPoint[id] ?? 0, hidden.monthPoint.get(`${month}|${id}`))),
        count(report.byMonth[month]?.visits ?? 0, hidden.month.get(month)),
      ]),
    },
    bySector(t.topicsBySector, t.topic, report.topicsBySector, 'topics', hidden.topicSector),
    bySector(t.referralsBySector, t.referral, report.referralsBySector, 'referrals', hidden.referralSector),
  ];
  // Optional questions: a count per answer, hiding its own small counts (the answers do not add
  // up to a shown total: visits without an answer are not listed).
  for (const field of Object.values(optionalQuestions)) {
    const answers = report[field];
    if (!answers) continue;
    const list = answerLists[field];
    tables.push({
      name: t[field],
      title: t[field],
      columns: [field === 'byMunicipality' ? t.municipalityCode : t.answer, t.visits, t.shareOfVisits],
      rows: Object.entries(answers).map(([code, c]) => [
        list ? label(list, code) : code,
        count(c.count),
        share(c.count, c.share),
      ]),
    });
  }
  return tables;
}

/** The heading lines about late months: "2026-03: 7 visits changed since the export of 3.4.2026". */
export function lateLines(
  report: TallyReport,
  lang: Lang,
  helsinkiDateOf: (iso: string) => string,
): [string, string][] {
  const t = reportLabels[lang];
  return Object.entries(report.late).map(([month, late]) => [
    t.late,
    t.lateLine
      .replace('{month}', month)
      .replace('{n}', String(late.changedSinceExport))
      .replace('{date}', finnishDate(helsinkiDateOf(late.exportedAt))),
  ]);
}
