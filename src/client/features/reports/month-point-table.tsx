import type { Point } from '../../../domain/point';
import { useLang } from '../../ui/lang-store';
import { TableRegion } from '../../ui/table-region';
import { useMessages } from '../../ui/messages';
import { formatCount, formatMonth } from './format';
import { reportsMessages } from './messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';

/** Months × points: each point's visits per month, with each month's total. */
export function MonthPointTable({ tally, points }: { tally: Tally; points: Point[] }) {
  const t = { ...useMessages(reportsMessages), ...useMessages(reportMessages) };
  const lang = useLang();
  const ids = Object.keys(tally.byPoint);
  const nameOf = (id: string) => points.find((p) => p.id === id)?.name ?? id;
  return (
    <TableRegion caption={t.byMonthAndPoint}>
      <table className="reports-table">
        <caption>{t.byMonthAndPoint}</caption>
        <thead>
          <tr>
            <th scope="col">{t.month}</th>
            {ids.map((id) => (
              <th scope="col" key={id}>
                {nameOf(id)}
              </th>
            ))}
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(tally.byMonthAndPoint).map(([month, byPoint]) => (
            <tr key={month}>
              <th scope="row">{formatMonth(month, lang)}</th>
              {ids.map((id) => (
                <td key={id}>{formatCount(byPoint[id] ?? 0, lang)}</td>
              ))}
              <td>{formatCount(tally.byMonth[month]?.visits ?? 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
