import type { Lang } from '../../../domain/lang';
import { locales } from '../../ui/locale';

/** A count with the language's digit grouping (1 506, 1,506). */
export const formatCount = (n: number, lang: Lang) => new Intl.NumberFormat(locales[lang]).format(n);

/** A share of visits (0..1) as a percentage with one decimal (23,5 %). */
export const formatShare = (share: number, lang: Lang) =>
  new Intl.NumberFormat(locales[lang], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);

/**
 * A month (YYYY-MM) as the language writes it: "tammikuu 2023", "January 2023". Intl gives only
 * the month's name (read by part type); the order comes from here, not from the engine's CLDR data.
 */
export function formatMonth(month: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(locales[lang], { month: 'long', timeZone: 'UTC' }).formatToParts(
    new Date(`${month}-01T00:00:00Z`),
  );
  const name = parts.find((p) => p.type === 'month')?.value ?? month.slice(5);
  return `${name} ${month.slice(0, 4)}`;
}
