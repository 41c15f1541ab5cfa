import type { Lang } from '../../domain/lang';
import { previousPeriod, yearEarlierPeriod } from '../../domain/tally-additions';
import { municipalityList, municipalityOf } from '../municipalities';
import type { Store } from '../store/store';
import { exportLabels } from './labels';
import { reportLabels } from './report-labels';
import type { Cell, ExportTable } from './tally-tables';

type Period = { from: string; to: string };

/** A quarter's visits per point and per home municipality, beside the previous quarter and a year earlier. */
export interface QuarterFigures {
  periods: [Period, Period, Period];
  points: { id: string; name: string; visits: [number, number, number] }[];
  municipalities: { code: string; visits: [number, number, number] }[];
}

/** The quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) a month falls in. */
export function quarterOf(month: string): Period {
  const year = month.slice(0, 4);
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  const mm = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${mm(first)}`, to: `${year}-${mm(first + 2)}` };
}

const quarterName = (p: Period) => `${p.from.slice(0, 4)} Q${Math.floor(Number(p.from.slice(5, 7)) / 3) + 1}`;

/**
 * The figures of the quarterly sheet, as the counties' quarterly KPI reports lay them out: the
 * quarter of the range's last month, the quarter before it and the same quarter a year earlier.
 */
export async function quarterFigures(
  store: Store,
  points: { id: string; name: string }[],
  lastMonth: string,
): Promise<QuarterFigures> {
  const quarter = quarterOf(lastMonth);
  const periods: QuarterFigures['periods'] = [
    quarter,
    previousPeriod(quarter.from, quarter.to),
    yearEarlierPeriod(quarter.from, quarter.to),
  ];
  const ids = points.map((p) => p.id);
  const counts = await Promise.all(periods.map((p) => store.reportCounts({ ...p, points: ids })));
  const perPoint = (id: string, k: number) =>
    counts[k]!.cells.filter((c) => c.pointId === id).reduce((sum, c) => sum + c.visits, 0);
  const municipalityCodes = [
    ...new Set(
      counts.flatMap((c) => c.answers.filter((a) => a.question === 'municipality').map((a) => a.code)),
    ),
  ].sort();
  const perMunicipality = (code: string, k: number) =>
    counts[k]!.answers.find((a) => a.question === 'municipality' && a.code === code)?.count ?? 0;
  const three = (of: (k: number) => number): [number, number, number] => [of(0), of(1), of(2)];
  return {
    periods,
    points: points.map((p) => ({ ...p, visits: three((k) => perPoint(p.id, k)) })),
    municipalities: municipalityCodes.map((code) => ({
      code,
      visits: three((k) => perMunicipality(code, k)),
    })),
  };
}

/**
 * The quarterly sheet; each count stands alone (no totals), so only its own small counts are hidden.
 * A home municipality carries Statistics Finland's code, its name in the sheet's language (English:
 * the Finnish name) and the year of the classification the names come from.
 */
export function quarterTable(figures: QuarterFigures, lang: Lang, count: (n: number) => Cell): ExportTable {
  const t = { ...exportLabels[lang], ...reportLabels[lang] };
  const [now, previous, yearEarlier] = figures.periods.map(quarterName) as [string, string, string];
  return {
    name: t.quarterSheet,
    title: `${t.quarterSheet} ${now}`,
    columns: [
      t.point,
      t.municipalityCode,
      t.municipalityName,
      t.classificationYear,
      `${t.quarter} ${now}`,
      `${t.previousQuarter} ${previous}`,
      `${t.yearEarlierQuarter} ${yearEarlier}`,
    ],
    rows: [
      ...figures.points.map((p) => [p.name, '', '', '', ...p.visits.map((n) => count(n))]),
      ...figures.municipalities.map((m) => {
        const named = municipalityOf(m.code);
        return [
          t.byMunicipality,
          m.code,
          named ? (lang === 'sv' ? named.sv : named.fi) : '',
          named ? String(municipalityList.year) : '',
          ...m.visits.map((n) => count(n)),
        ];
      }),
    ],
  };
}
