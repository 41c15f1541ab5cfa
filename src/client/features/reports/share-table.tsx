import { TableRegion } from '../../ui/table-region';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { formatCount, formatShare } from './format';
import { reportsMessages } from './messages';

/** Counts with their share of visits, largest first (the first `limit`); rows with no visits are left out. */
export function ShareTable({
  caption,
  column,
  counts,
  labelOf,
  limit,
}: {
  caption: string;
  column: string;
  counts: Record<string, { count: number; share: number }>;
  labelOf: (code: string) => string;
  limit?: number;
}) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const rows = Object.entries(counts)
    .filter(([, c]) => c.count > 0)
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
    .slice(0, limit);
  return (
    <TableRegion caption={caption}>
      <table className="reports-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col">{t.visits}</th>
            <th scope="col">{t.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([code, c]) => (
            <tr key={code}>
              <th scope="row">{labelOf(code)}</th>
              <td>{formatCount(c.count, lang)}</td>
              <td>{formatShare(c.share, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
