import type { Lang } from '../../../domain/lang';
import { locales } from '../../ui/locale';

/** A moment as the user reads it: time today, else date and time, in Helsinki. */
export function formatMoment(iso: string, lang: Lang, now: number = Date.now()): string {
  const date = new Date(iso);
  const isToday = now - date.getTime() < 20 * 3600_000 && new Date(now).toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    ...(isToday ? {} : { day: 'numeric', month: 'numeric', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
