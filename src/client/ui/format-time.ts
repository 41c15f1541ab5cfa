import { HELSINKI, helsinkiDate } from '../../domain/helsinki-date';
import type { Lang } from '../../domain/lang';
import { locales } from './locale';

/** Hours and minutes in Helsinki, after the date unless `isTimeOnly`. */
function inHelsinki(date: Date, lang: Lang, isTimeOnly = false): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: HELSINKI,
    ...(isTimeOnly ? {} : { day: 'numeric', month: 'numeric', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A moment as date and time in Helsinki, in the user's language; "—" when absent. */
export function formatTime(iso: string | null, lang: Lang): string {
  return iso ? inHelsinki(new Date(iso), lang) : '—';
}

/** Only the time of day in Helsinki, e.g. when a visit in the day's list was saved. */
export function formatTimeOfDay(iso: string, lang: Lang): string {
  return inHelsinki(new Date(iso), lang, true);
}

/** A moment as the user reads it: the time alone if it falls on today's Helsinki date, else date and time. */
export function formatMoment(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  return inHelsinki(date, lang, helsinkiDate(date) === helsinkiDate(now));
}
