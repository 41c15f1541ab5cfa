import { useId } from 'react';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { sectors } from '../../../domain/visit';
import { TableRegion } from '../../ui/table-region';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { ChartDownloads } from './chart-downloads';
import { formatCount } from './format';
import { reportsMessages } from './messages';
import { MonthChart } from './month-chart';
import { useMonthChart } from './month-chart-data';
import type { Tally } from './reports-api';

/** Visits per month split by sector: a chart, and the same figures as a table. */
export function MonthSection({ tally, catalogue }: { tally: Tally; catalogue: Catalogue }) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const tableId = useId();
  const { labels, series, svg, fileName } = useMonthChart(tally, catalogue);
  return (
    <section className="reports-months">
      <h2>{t.byMonth}</h2>
      <MonthChart labels={labels} series={series} label={t.chartLabel} describedBy={tableId} />
      <ChartDownloads svg={svg} fileName={fileName} />
      <TableRegion caption={t.byMonth}>
        <table className="reports-table" id={tableId}>
          <caption>{t.byMonth}</caption>
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              {sectors.map((s) => (
                <th scope="col" key={s}>
                  {labelFor(catalogue.sectors, s, lang)}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(tally.byMonth).map(([month, m], i) => (
              <tr key={month}>
                <th scope="row">{labels[i]}</th>
                {sectors.map((s) => (
                  <td key={s}>{formatCount(m.bySector[s], lang)}</td>
                ))}
                <td>{formatCount(m.visits, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
