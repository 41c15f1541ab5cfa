import { changeOf } from '../../../domain/tally-additions';
import { useLang } from '../../ui/lang-store';
import { TableRegion } from '../../ui/table-region';
import { useMessages } from '../../ui/messages';
import { formatCount } from './format';
import { reportsMessages } from './messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';

/** The headline figures beside the previous period and the same period a year earlier, with the change. */
export function ComparisonTable({ tally }: { tally: Tally }) {
  const t = { ...useMessages(reportsMessages), ...useMessages(reportMessages) };
  const lang = useLang();
  const periods = [
    [t.previousPeriod, tally.previous],
    [t.yearEarlier, tally.yearEarlier],
  ] as const;
  const changeText = (now: number, before: number) => {
    const { change, percent } = changeOf(now, before);
    const sign = change > 0 ? '+' : '';
    return percent === null
      ? `${sign}${formatCount(change, lang)}`
      : `${sign}${formatCount(change, lang)} (${sign}${percent} %)`;
  };
  return (
    <TableRegion caption={t.comparison}>
      <table className="reports-table">
        <caption>{t.comparison}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            <th scope="col">{`${t.thisPeriod} ${tally.from} – ${tally.to}`}</th>
            {periods.map(([name, p]) => p && <th scope="col" key={name}>{`${name} ${p.from} – ${p.to}`}</th>)}
            {periods.map(([name, p]) => p && <th scope="col" key={`c${name}`}>{`${t.change}: ${name}`}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.visits}</th>
            <td>{formatCount(tally.visits, lang)}</td>
            {periods.map(([name, p]) => p && <td key={name}>{formatCount(p.visits, lang)}</td>)}
            {periods.map(([name, p]) => p && <td key={`c${name}`}>{changeText(tally.visits, p.visits)}</td>)}
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}
