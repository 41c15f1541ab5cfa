import { z } from 'zod/mini';

/** Tallies and visits are dated in the advice points' own time zone. */
export const HELSINKI = 'Europe/Helsinki';

/** The wall-clock reading of an instant in Helsinki, as numbers. */
export interface HelsinkiClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Before 1996 Finland's summer time ended in September; those instants are read through Intl.
// Only formatToParts, read by part type: the order and punctuation of `format()` belong to the
// ICU/CLDR data of the engine (ICU 72 turned en-CA from 2026-11-29 into 11/29/2026).
// Created on first use, so a test can replace Intl.DateTimeFormat before it is read.
let wallClock: Intl.DateTimeFormat | undefined;
const HOUR_MS = 3_600_000;
const EU_RULE_SINCE = Date.UTC(1996, 0, 1);

/**
 * Year, month, day, hour, minute and second of an instant on Helsinki clocks. From 1996 by the EU
 * summer-time rule (Directive 2000/84/EC: UTC+3 from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October, else UTC+2), which the tests hold against the engine's
 * time-zone data: the first Intl.DateTimeFormat with a time zone costs a tablet about 150 ms (4×
 * throttled) of its cold start, before the desk can show today's date.
 */
export function helsinkiClock(instant: Date): HelsinkiClock {
  const time = instant.getTime();
  if (!(time >= EU_RULE_SINCE)) return intlClock(instant);
  const year = instant.getUTCFullYear();
  const isSummer = time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9);
  const wall = new Date(time + (isSummer ? 3 : 2) * HOUR_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** 01:00 UTC on the last Sunday of a month (0-based), when EU clocks change. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR_MS;
}

function intlClock(instant: Date): HelsinkiClock {
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: HELSINKI,
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = wallClock.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    // Some engines write midnight as 24 even with h23.
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The Helsinki calendar date (YYYY-MM-DD) of an instant. */
export function helsinkiDate(instant: Date): string {
  return isoDate(helsinkiClock(instant));
}

const isoDate = ({ year, month, day }: HelsinkiClock) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The instant as ISO 8601 with the Helsinki offset, e.g. 2026-11-23T10:15:00.000+02:00. */
export function helsinkiTimestamp(instant: Date): string {
  const c = helsinkiClock(instant);
  const ms = instant.getTime() - Math.floor(instant.getTime() / 1000) * 1000;
  // The offset by arithmetic: the wall clock read as if it were UTC, less the instant.
  const offsetMinutes = Math.round(
    (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - (instant.getTime() - ms)) / 60_000,
  );
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${isoDate(c)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}.${pad(ms, 3)}${offset}`;
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-30). Arithmetic rather than
 * a Date round trip: the server checks every date of every synced visit.
 */
export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
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

/**
 * The instant a Helsinki calendar day begins, as ISO 8601 in UTC. Finland changes its clocks at
 * 03:00/04:00, never at midnight, so midnight is either UTC+2 or UTC+3: the one that reads 00:00.
 */
export function helsinkiDayStart(date: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  for (const hours of [2, 3]) {
    const instant = new Date(midnightUtc - hours * 3_600_000);
    if (helsinkiDate(instant) === date && helsinkiClock(instant).hour === 0) return instant.toISOString();
  }
  throw new Error(`No Helsinki midnight on ${date}`);
}
