import { useMemo } from 'react';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { sectors } from '../../../domain/visit';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { chartSvg } from './chart-svg';
import { formatMonth } from './format';
import { printMessages } from './print-messages';
import type { Tally } from './reports-api';

/** Sector colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics). */
const sectorColours = { social: '#8a4baf', health: '#00594f', both: '#b35900' } as const;

/**
 * A file name that says what the chart shows: "neuvo-visits-by-month_hyvinkaa_2023-01_2023-06"
 * (more than three points: their number).
 */
export function chartFileName(tally: Pick<Tally, 'points' | 'from' | 'to'>): string {
  const points =
    tally.points.length > 3
      ? `${tally.points.length}-points`
      : tally.points.map((p) => p.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).join('+');
  return `neuvo-visits-by-month_${points}_${tally.from}_${tally.to}`;
}

/** The monthly chart's figures, title, SVG and file name, the same on screen, in print and in downloads. */
export function useMonthChart(tally: Tally, catalogue: Catalogue) {
  const lang = useLang();
  const p = useMessages(printMessages);
  return useMemo(() => {
    const labels = Object.keys(tally.byMonth).map((m) => formatMonth(m, lang));
    const series = sectors.map((s) => ({
      label: labelFor(catalogue.sectors, s, lang),
      colour: sectorColours[s],
      values: Object.values(tally.byMonth).map((m) => m.bySector[s]),
    }));
    const title = fill(p.chartTitle, {
      points: tally.coverage.points.map((point) => point.name).join(', '),
      from: formatMonth(tally.from, lang),
      to: formatMonth(tally.to, lang),
    });
    return { labels, series, title, svg: chartSvg(title, labels, series), fileName: chartFileName(tally) };
  }, [tally, catalogue, lang, p]);
}
