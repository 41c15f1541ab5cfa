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

/** A month (YYYY-MM) as the language writes it: "tammikuu 2023", "January 2023". */
export const formatMonth = (month: string, lang: Lang) =>
  new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
