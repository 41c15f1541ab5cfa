import { langs, type Lang } from '../../domain/lang';
import { useLangStore } from './lang-store';

/** Each language named in itself, so a person finds their own whatever the current language is. */
export const langNames: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const groupLabel: Record<Lang, string> = { fi: 'Kieli', sv: 'Språk', en: 'Language' };

/** Switch the UI language (fi / sv / en); remembered on the device. */
export function LanguageSwitch() {
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  return (
    <div role="group" aria-label={groupLabel[lang]} className="language-switch">
      {langs.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => setLang(option)}
        >
          {langNames[option]}
        </button>
      ))}
    </div>
  );
}
