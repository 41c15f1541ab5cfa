import { assertNever } from '../../../domain/assert-never';

/** A range of months, inclusive, as YYYY-MM. */
export interface MonthRange {
  from: string;
  to: string;
}

export type QuickPick =
  'thisMonth' | 'lastMonth' | 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'lastYear' | 'last12Months';
export const quickPicks: readonly QuickPick[] = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
  'last12Months',
];

/** The range with one end set to `value`; the other end moves along when it would fall on the wrong side. */
export function withMonth(range: MonthRange, edge: keyof MonthRange, value: string): MonthRange {
  return edge === 'from'
    ? { from: value, to: range.to < value ? value : range.to }
    : { from: range.from > value ? value : range.from, to: value };
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The month `back` months before year-m (0: that month), across years. */
function monthsBefore(year: number, m: number, back: number): string {
  const index = year * 12 + (m - 1) - back;
  return month(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The months of a quick pick, counted from today's Helsinki date (YYYY-MM-DD). A period still
 * running ends with this month: later months have no visits yet and the server refuses them.
 * The last 12 months are the twelve whole months before this one.
 */
export function quickPickRange(pick: QuickPick, today: string): MonthRange {
  const year = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const thisMonth = month(year, m);
  const quarterStart = m - ((m - 1) % 3);
  switch (pick) {
    case 'thisMonth':
      return { from: thisMonth, to: thisMonth };
    case 'lastMonth': {
      const last = monthsBefore(year, m, 1);
      return { from: last, to: last };
    }
    case 'thisQuarter':
      return { from: month(year, quarterStart), to: thisMonth };
    case 'lastQuarter':
      return {
        from: monthsBefore(year, quarterStart, 3),
        to: monthsBefore(year, quarterStart, 1),
      };
    case 'thisYear':
      return { from: month(year, 1), to: thisMonth };
    case 'lastYear':
      return { from: month(year - 1, 1), to: month(year - 1, 12) };
    case 'last12Months':
      return { from: monthsBefore(year, m, 12), to: monthsBefore(year, m, 1) };
    default:
      return assertNever(pick);
  }
}

/** The first Helsinki date after the range: a tablet that last synced before it may still hold visits of the range. */
export function dayAfter(range: MonthRange): string {
  const [year, m] = range.to.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${month(year, m + 1)}-01`;
}

/** True when today is still inside (or before the end of) the range. */
export function isPeriodOver(range: MonthRange, today: string): boolean {
  return today >= dayAfter(range);
}
