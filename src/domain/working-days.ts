import { addDays, weekdayOf } from './helsinki-date';

// Finnish public holidays by rule, not by library: date-holidays covers every country (hundreds of
// KB for one country's dozen rules) and the small Finland-only packages are little kept. The rules
// are fixed by law and short: fixed dates, Easter (Gregorian computus) and the days that hang off
// it, and three "Saturday between" days. Each rule is unit-tested against published calendars.

/** Easter Sunday of a year (Gregorian calendar, anonymous computus / Meeus–Jones–Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date from `from` onwards (inclusive) that falls on `weekday` (0 Sunday … 6 Saturday). */
function firstWeekdayFrom(from: string, weekday: number): string {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/**
 * The days offices are closed in Finland besides weekends: the public holidays, plus Midsummer Eve
 * and Christmas Eve, which are not holidays by law but on which public services are closed.
 */
export function finnishHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(`${year}-06-20`, 6);
  return new Map([
    [`${year}-01-01`, 'New Year’s Day'],
    [`${year}-01-06`, 'Epiphany'],
    [addDays(easter, -2), 'Good Friday'],
    [easter, 'Easter Sunday'],
    [addDays(easter, 1), 'Easter Monday'],
    [`${year}-05-01`, 'May Day'],
    [addDays(easter, 39), 'Ascension Day'],
    [addDays(easter, 49), 'Whitsunday'],
    [addDays(midsummerDay, -1), 'Midsummer Eve'],
    [midsummerDay, 'Midsummer Day'],
    [firstWeekdayFrom(`${year}-10-31`, 6), 'All Saints’ Day'],
    [`${year}-12-06`, 'Independence Day'],
    [`${year}-12-24`, 'Christmas Eve'],
    [`${year}-12-25`, 'Christmas Day'],
    [`${year}-12-26`, 'Boxing Day'],
  ]);
}

const holidaysByYear = new Map<number, Map<string, string>>();

/** True on weekdays that are not Finnish public holidays (nor Midsummer or Christmas Eve). */
export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = finnishHolidays(year);
    holidaysByYear.set(year, holidays);
  }
  return !holidays.has(date);
}

/**
 * The `count`-th working day after `date` (the date itself is not counted): with count 1 a visit
 * on Thursday before Easter gives the Tuesday after it. Count 0 gives the date itself.
 */
export function addWorkingDays(date: string, count: number): string {
  let current = date;
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}
