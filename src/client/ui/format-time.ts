import type { Lang } from '../../domain/lang';
import { locales } from './locale';

/** Hours and minutes in Helsinki, after the date unless `isTimeOnly`. */
function inHelsinki(date: Date, lang: Lang, isTimeOnly = false): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    ...(isTimeOnly ? {} : { day: 'numeric', month: 'numeric', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A moment as date and time in Helsinki, in the user's language; "—" when absent. */
export function formatTime(iso: string | null, lang: Lang): string {
  return iso ? inHelsinki(new Date(iso), lang) : '—';
}

/** A moment as the user reads it: time today, else date and time, in Helsinki. */
export function formatMoment(iso: string, lang: Lang, now: number = Date.now()): string {
  const date = new Date(iso);
  const isToday = now - date.getTime() < 20 * 3600_000 && new Date(now).toDateString() === date.toDateString();
  return inHelsinki(date, lang, isToday);
}
