import { assertNever } from '../../../domain/assert-never';

/** A range of months, inclusive, as YYYY-MM. */
export interface MonthRange {
  from: string;
  to: string;
}

export type QuickPick = 'lastMonth' | 'thisQuarter' | 'lastQuarter' | 'thisYear';
export const quickPicks: readonly QuickPick[] = ['lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear'];

/** The range with one end set to `value`; the other end moves along when it would fall on the wrong side. */
export function withMonth(range: MonthRange, edge: keyof MonthRange, value: string): MonthRange {
  return edge === 'from'
    ? { from: value, to: range.to < value ? value : range.to }
    : { from: range.from > value ? value : range.from, to: value };
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The months of a quick pick, counted from today's Helsinki date (YYYY-MM-DD). */
export function quickPickRange(pick: QuickPick, today: string): MonthRange {
  const year = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const quarterStart = m - ((m - 1) % 3);
  switch (pick) {
    case 'lastMonth': {
      const last = m === 1 ? month(year - 1, 12) : month(year, m - 1);
      return { from: last, to: last };
    }
    case 'thisQuarter':
      return { from: month(year, quarterStart), to: month(year, quarterStart + 2) };
    case 'lastQuarter':
      return quarterStart === 1
        ? { from: month(year - 1, 10), to: month(year - 1, 12) }
        : { from: month(year, quarterStart - 3), to: month(year, quarterStart - 1) };
    case 'thisYear':
      return { from: month(year, 1), to: month(year, 12) };
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
