import { helsinkiDate } from '../../../domain/helsinki-date';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { reportMessages } from './report-messages';
import type { Tally } from './reports-api';

/** "2026-03: 7 visits changed since the export of 3.4.2026": months that changed after their export. */
export function LateMonths({ tally }: { tally: Tally }) {
  const t = useMessages(reportMessages);
  const late = Object.entries(tally.late);
  if (late.length === 0) return null;
  const dateOf = (iso: string) => {
    const [year, month, day] = helsinkiDate(new Date(iso)).split('-');
    return `${Number(day)}.${Number(month)}.${year}`;
  };
  return (
    <ul role="status" className="reports-late">
      {late.map(([month, m]) => (
        <li key={month}>{fill(t.late, { month, n: m.changedSinceExport, date: dateOf(m.exportedAt) })}</li>
      ))}
    </ul>
  );
}
