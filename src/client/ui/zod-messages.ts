import type { z } from 'zod/mini';
import { en, fi, sv } from 'zod/locales';
import type { Lang } from '../../domain/lang';

/**
 * The shared schemas use zod/mini, which ships no messages, so the tablet's first load stays small.
 * Forms that show zod's messages next to a field (only on lazy admin pages) pass these parse
 * options to `zodResolver(schema, zodMessagesIn(lang))`, so each message is in the page's language.
 */
const maps: Record<Lang, z.core.$ZodErrorMap> = {
  fi: fi().localeError,
  sv: sv().localeError,
  en: en().localeError,
};

/** Parse options that word validation messages in `lang`. */
export function zodMessagesIn(lang: Lang): { error: z.core.$ZodErrorMap } {
  return { error: maps[lang] };
}
