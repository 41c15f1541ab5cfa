import type { Lang } from '../../domain/lang';
import { AppLink } from './app-link';
import { useLang } from './lang-store';

const statement: Record<Lang, string> = {
  fi: 'Saavutettavuusseloste',
  sv: 'Tillgänglighetsutlåtande',
  en: 'Accessibility statement',
};

/** Every page's footer: the accessibility statement that law 306/2019 asks of public services. */
export function AppFooter() {
  const lang = useLang();
  return (
    <footer className="app-footer">
      <AppLink to="/accessibility">{statement[lang]}</AppLink>
    </footer>
  );
}
