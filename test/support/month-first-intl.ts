/**
 * Intl.DateTimeFormat as an engine with ICU 72 answers for en-CA: month first, "11/29/2026,
 * 13:05:09", for every locale here (and midnight as hour 24). Its parts are true, only their order and punctuation change,
 * so code that reads parts by type is unaffected and code that trusts `format()` is caught.
 */
const RealDateTimeFormat = Intl.DateTimeFormat;

const monthFirst: { type: Intl.DateTimeFormatPartTypes; after: string }[] = [
  { type: 'month', after: '/' },
  { type: 'day', after: '/' },
  { type: 'year', after: ', ' },
  { type: 'hour', after: ':' },
  { type: 'minute', after: ':' },
  { type: 'second', after: ' ' },
];

class MonthFirstDateTimeFormat extends RealDateTimeFormat {
  override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
    const real = super.formatToParts(date);
    const value = (type: string) => real.find((p) => p.type === type)?.value;
    const parts: Intl.DateTimeFormatPart[] = [];
    for (const { type, after } of monthFirst) {
      const v = value(type);
      if (v === undefined) continue;
      // M/D/YYYY: no leading zeros on month and day, whatever was asked; and midnight as 24, as
      // some engines write it even when asked for h23.
      const shown =
        type === 'month' || type === 'day' ? String(Number(v)) : type === 'hour' && v === '00' ? '24' : v;
      parts.push({ type, value: shown });
      parts.push({ type: 'literal', value: after });
    }
    parts.push(...real.filter((p) => p.type !== 'literal' && !monthFirst.some((m) => m.type === p.type)));
    if (parts.at(-1)?.type === 'literal') parts.pop();
    return parts;
  }

  override format = (date?: Date | number): string =>
    this.formatToParts(date)
      .map((p) => p.value)
      .join('');
}

/** Replace Intl.DateTimeFormat with the month-first one; returns the function that puts it back. */
export function useMonthFirstDateTimeFormat(): () => void {
  Intl.DateTimeFormat = MonthFirstDateTimeFormat as unknown as typeof Intl.DateTimeFormat;
  return () => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  };
}
