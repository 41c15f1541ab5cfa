import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { asLang, type Lang } from '../../domain/lang';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The UI language, remembered on the device; `?lang=` on any URL overrides it at start. */
export const useLangStore = create<LangState>()(
  persist(
    (set) => ({
      lang: 'fi',
      setLang: (lang) => set({ lang }),
    }),
    { name: 'neuvo-lang' },
  ),
);

/** Apply `?lang=fi|sv|en` from the address, if present. */
export function applyLangFromUrl(search: string): void {
  const lang = asLang(new URLSearchParams(search).get('lang'));
  if (lang) useLangStore.getState().setLang(lang);
}

/** The current UI language. */
export function useLang(): Lang {
  return useLangStore((s) => s.lang);
}
