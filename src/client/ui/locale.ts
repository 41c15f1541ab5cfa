import type { Lang } from '../../domain/lang';

/** The Intl locale of each UI language: Finnish and Swedish as written in Finland. */
export const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
