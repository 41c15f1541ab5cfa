import { labelFor, type Catalogue } from '../../../domain/catalogue';
import type { Point } from '../../../domain/point';
import { sectors } from '../../../domain/visit';
import { useLang } from '../../ui/lang-store';
import { TableRegion } from '../../ui/table-region';
import { useMessages } from '../../ui/messages';
import { formatCount } from './format';
import { reportMessages } from './report-messages';
import { reportsMessages } from './messages';
import type { Tally } from './reports-api';

/** Points side by side: visits, per sector and per age group, with the totals of all points. */
export function PointsTable({
  tally,
  catalogue,
  points,
}: {
  tally: Tally;
  catalogue: Catalogue;
  points: Point[];
}) {
  const t = { ...useMessages(reportsMessages), ...useMessages(reportMessages) };
  const lang = useLang();
  const n = (count: number) => formatCount(count, lang);
  const ages = Object.keys(tally.byAgeGroup);
  const nameOf = (id: string) => points.find((p) => p.id === id)?.name ?? id;
  return (
    <TableRegion caption={t.byPoint}>
      <table className="reports-table">
        <caption>{t.byPoint}</caption>
        <thead>
          <tr>
            <th scope="col">{t.point}</th>
            <th scope="col">{t.visits}</th>
            {sectors.map((s) => (
              <th scope="col" key={s}>
                {labelFor(catalogue.sectors, s, lang)}
              </th>
            ))}
            {ages.map((a) => (
              <th scope="col" key={a}>
                {labelFor(catalogue.ageGroups, a, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(tally.byPoint).map(([id, row]) => (
            <tr key={id}>
              <th scope="row">{nameOf(id)}</th>
              <td>{n(row.visits)}</td>
              {sectors.map((s) => (
                <td key={s}>{n(row.bySector[s])}</td>
              ))}
              {ages.map((a) => (
                <td key={a}>{n(row.byAgeGroup[a] ?? 0)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.total}</th>
            <td>{n(tally.visits)}</td>
            {sectors.map((s) => (
              <td key={s}>{n(tally.bySector[s])}</td>
            ))}
            {ages.map((a) => (
              <td key={a}>{n(tally.byAgeGroup[a]?.total ?? 0)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}
