import { useEffect } from 'react';
import type { Lang } from '../../domain/lang';
import { AppLink } from './app-link';
import { useLang } from './lang-store';
import { LanguageSwitch } from './language-switch';
import 'virtual:design-tokens.css';
import './base.css';

const texts: Record<Lang, { nav: string; desk: string; settings: string }> = {
  fi: { nav: 'Päävalikko', desk: 'Kirjaus', settings: 'Asetukset' },
  sv: { nav: 'Huvudmeny', desk: 'Registrering', settings: 'Inställningar' },
  en: { nav: 'Main menu', desk: 'Desk', settings: 'Settings' },
};

/** The shell's header: app name, the desk's pages and the language switch. */
export function AppHeader({ path }: { path: string }) {
  const lang = useLang();
  const t = texts[lang];
  // Screen readers pronounce the page in the language it is shown in.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const link = (to: string, text: string) => (
    <AppLink to={to} aria-current={path === to ? 'page' : undefined}>
      {text}
    </AppLink>
  );
  return (
    <header className="app-header">
      <span className="app-name">Neuvo</span>
      <nav aria-label={t.nav}>
        {link('/', t.desk)}
        {link('/settings', t.settings)}
      </nav>
      <LanguageSwitch />
    </header>
  );
}
