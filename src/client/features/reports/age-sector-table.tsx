import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { shareOf } from '../../../domain/tally';
import { sectors } from '../../../domain/visit';
import { TableRegion } from '../../ui/table-region';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { formatCount, formatShare } from './format';
import { reportsMessages } from './messages';
import type { Tally } from './reports-api';

/** The age group × sector table, laid out like the counties' own reports (Keusote). */
export function AgeSectorTable({ tally, catalogue }: { tally: Tally; catalogue: Catalogue }) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const n = (value: number) => formatCount(value, lang);
  return (
    <TableRegion caption={t.ageGroupBySector}>
      <table className="reports-table">
        <caption>{t.ageGroupBySector}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ageGroup}</th>
            {sectors.map((s) => (
              <th scope="col" key={s}>
                {labelFor(catalogue.sectors, s, lang)}
              </th>
            ))}
            <th scope="col">{t.total}</th>
            <th scope="col">{t.share}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(tally.byAgeGroup).map(([code, cells]) => (
            <tr key={code}>
              <th scope="row">{labelFor(catalogue.ageGroups, code, lang)}</th>
              {sectors.map((s) => (
                <td key={s}>{n(cells[s])}</td>
              ))}
              <td>{n(cells.total)}</td>
              <td>{formatShare(shareOf(cells.total, tally.visits), lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.all}</th>
            {sectors.map((s) => (
              <td key={s}>{n(tally.bySector[s])}</td>
            ))}
            <td>{n(tally.visits)}</td>
            <td>{formatShare(tally.visits ? 1 : 0, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
