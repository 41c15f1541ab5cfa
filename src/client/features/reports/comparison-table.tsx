import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { changeOf } from '../../../domain/tally-additions';
import { sectors } from '../../../domain/visit';
import { useLang } from '../../ui/lang-store';
import { TableRegion } from '../../ui/table-region';
import { useMessages } from '../../ui/messages';
import { formatCount } from './format';
import { reportsMessages } from './messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';

type Period = Pick<Tally, 'visits' | 'bySector' | 'byAgeGroup'>;

/**
 * The headline figures (visits, each sector, each age group) beside the previous period and the
 * same period a year earlier, with the change.
 */
export function ComparisonTable({ tally, catalogue }: { tally: Tally; catalogue: Catalogue }) {
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
  const figures: [string, (p: Period) => number][] = [
    [t.visits, (p) => p.visits],
    ...sectors.map((s): [string, (p: Period) => number] => [
      labelFor(catalogue.sectors, s, lang),
      (p) => p.bySector[s],
    ]),
    ...Object.keys(tally.byAgeGroup).map((a): [string, (p: Period) => number] => [
      labelFor(catalogue.ageGroups, a, lang),
      (p) => p.byAgeGroup[a]?.total ?? 0,
    ]),
  ];
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
          {figures.map(([label, of]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{formatCount(of(tally), lang)}</td>
              {periods.map(([name, p]) => p && <td key={name}>{formatCount(of(p), lang)}</td>)}
              {periods.map(([name, p]) => p && <td key={`c${name}`}>{changeText(of(tally), of(p))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
