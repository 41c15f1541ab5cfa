import { TableRegion } from '../../ui/table-region';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import { countVisits } from '../../../domain/tally';
import { sectors, type Visit } from '../../../domain/visit';
import { fill } from '../../ui/fill';
import type { deskMessages } from './messages';

/**
 * The day's visits by age group and sector, counted by the domain's `countVisits` (the same
 * rules as the server's tallies: deleted visits are not counted), so tablet and report agree.
 */
export function DayCounts({
  visits,
  catalogue,
  lang,
  t,
}: {
  visits: Visit[];
  catalogue: Catalogue;
  lang: Lang;
  t: (typeof deskMessages)['fi'];
}) {
  const { cells } = countVisits(visits);
  const count = (ageGroup?: string, sector?: string) =>
    cells
      .filter(
        (c) =>
          (ageGroup === undefined || c.ageGroup === ageGroup) &&
          (sector === undefined || c.sector === sector),
      )
      .reduce((sum, c) => sum + c.visits, 0);
  const ageGroups = [
    ...new Set([...catalogue.ageGroups.map((a) => a.code), ...cells.map((c) => c.ageGroup)]),
  ];
  return (
    <TableRegion caption={t.countsCaption}>
      <table className="day-counts">
        <caption>
          {t.countsCaption}. {fill(t.total, { n: count() })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.ageGroupColumn}</th>
            {sectors.map((sector) => (
              <th key={sector} scope="col">
                {labelFor(catalogue.sectors, sector, lang)}
              </th>
            ))}
            <th scope="col">{t.totalColumn}</th>
          </tr>
        </thead>
        <tbody>
          {ageGroups.map((code) => (
            <tr key={code}>
              <th scope="row">{labelFor(catalogue.ageGroups, code, lang)}</th>
              {sectors.map((sector) => (
                <td key={sector}>{count(code, sector)}</td>
              ))}
              <td>{count(code)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.totalColumn}</th>
            {sectors.map((sector) => (
              <td key={sector}>{count(undefined, sector)}</td>
            ))}
            <td>{count()}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
