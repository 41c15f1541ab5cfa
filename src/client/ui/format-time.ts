import { helsinkiClock, helsinkiDate, type HelsinkiClock } from '../../domain/helsinki-date';
import type { Lang } from '../../domain/lang';
import { assertNever } from '../../domain/assert-never';

const two = (n: number) => String(n).padStart(2, '0');

// Written out per language rather than taken from Intl's `format()`: engines ship different
// CLDR data (WebKit's ICU 72 drops Finnish "klo"), and staff should read the same text everywhere.
function timeOfDay(c: HelsinkiClock, lang: Lang): string {
  switch (lang) {
    case 'fi':
    case 'sv':
      return `${two(c.hour)}.${two(c.minute)}`;
    case 'en':
      return `${two(c.hour)}:${two(c.minute)}`;
    default:
      return assertNever(lang);
  }
}

function dateAndTime(c: HelsinkiClock, lang: Lang): string {
  switch (lang) {
    case 'fi':
      return `${c.day}.${c.month}.${c.year} klo ${timeOfDay(c, lang)}`;
    case 'sv':
      return `${c.day}.${c.month}.${c.year} kl. ${timeOfDay(c, lang)}`;
    case 'en':
      return `${two(c.day)}/${two(c.month)}/${c.year}, ${timeOfDay(c, lang)}`;
    default:
      return assertNever(lang);
  }
}

/** A moment as date and time in Helsinki, in the user's language; "—" when absent. */
export function formatTime(iso: string | null, lang: Lang): string {
  return iso ? dateAndTime(helsinkiClock(new Date(iso)), lang) : '—';
}

/** Only the time of day in Helsinki, e.g. when a visit in the day's list was saved. */
export function formatTimeOfDay(iso: string, lang: Lang): string {
  return timeOfDay(helsinkiClock(new Date(iso)), lang);
}

/** A moment as the user reads it: the time alone if it falls on today's Helsinki date, else date and time. */
export function formatMoment(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  const clock = helsinkiClock(date);
  return helsinkiDate(date) === helsinkiDate(now) ? timeOfDay(clock, lang) : dateAndTime(clock, lang);
}
