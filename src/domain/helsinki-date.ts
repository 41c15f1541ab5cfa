import { z } from 'zod/mini';

/** Tallies and visits are dated in the advice points' own time zone. */
export const HELSINKI = 'Europe/Helsinki';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Helsinki calendar date (YYYY-MM-DD) of an instant. */
export function helsinkiDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** The instant as ISO 8601 with the Helsinki offset, e.g. 2026-11-23T10:15:00.000+02:00. */
export function helsinkiTimestamp(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: HELSINKI,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  const ms = String(instant.getUTCMilliseconds()).padStart(3, '0');
  return `${helsinkiDate(instant)}T${get('hour')}:${get('minute')}:${get('second')}.${ms}${offset}`;
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .check(z.refine(isCalendarDate, { message: 'Date must be a real calendar date written as YYYY-MM-DD' }));

/** A month as YYYY-MM. */
export const isoMonthSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Month must be written as YYYY-MM' }));

/** The month (YYYY-MM) of a date (YYYY-MM-DD). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Add days to a calendar date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The months from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
