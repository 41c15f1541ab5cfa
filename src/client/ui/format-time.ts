import type { Lang } from '../../domain/lang';
import { locales } from './locale';

/** A moment as date and time in Helsinki, in the user's language; "—" when absent. */
export function formatTime(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
