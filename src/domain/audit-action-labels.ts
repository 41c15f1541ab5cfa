import type { AuditAction } from './audit-api';
import type { Lang } from './lang';

type Label = Record<Lang, string>;

/** What each audit action is called on the audit page and in its CSV. */
export const auditActionLabels: Record<AuditAction, Label> = {
  login: { fi: 'Kirjautui sisään', sv: 'Loggade in', en: 'Signed in' },
  'login-disabled': {
    fi: 'Suljetun tilin kirjautuminen estetty',
    sv: 'Inloggning med avstängt konto nekad',
    en: 'Sign-in to a disabled account refused',
  },
  'second-factor-enrolled': {
    fi: 'Otti käyttöön toisen tunnistustekijän',
    sv: 'Tog i bruk en andra autentiseringsfaktor',
    en: 'Second factor set up',
  },
  'second-factor-reset': {
    fi: 'Toinen tunnistustekijä nollattu',
    sv: 'Andra autentiseringsfaktorn återställd',
    en: 'Second factor reset',
  },
  logout: { fi: 'Kirjautui ulos', sv: 'Loggade ut', en: 'Signed out' },
  'password-changed': { fi: 'Vaihtoi salasanansa', sv: 'Bytte sitt lösenord', en: 'Changed own password' },
  'password-reset': {
    fi: 'Asetti salasanan toiselle',
    sv: 'Satte ett lösenord för någon annan',
    en: 'Set a password for someone',
  },
  'session-ended': { fi: 'Istunto lopetettu', sv: 'Session avslutad', en: 'Session ended' },
  'user-created': { fi: 'Tili luotu', sv: 'Konto skapat', en: 'Account created' },
  'user-role-changed': { fi: 'Rooli vaihdettu', sv: 'Roll ändrad', en: 'Role changed' },
  'user-points-changed': {
    fi: 'Neuvontapisteet vaihdettu',
    sv: 'Rådgivningspunkter ändrade',
    en: 'Advice points changed',
  },
  'user-disabled': { fi: 'Tili suljettu', sv: 'Konto avstängt', en: 'Account disabled' },
  'user-enabled': { fi: 'Tili avattu', sv: 'Konto återaktiverat', en: 'Account enabled' },
  'admin-bootstrapped': {
    fi: 'Ensimmäinen ylläpitäjä luotu asetuksista',
    sv: 'Första administratören skapad från inställningarna',
    en: 'First admin created from the settings',
  },
  'admin-set-up': {
    fi: 'Ensimmäinen ylläpitäjä luotu asennuskoodilla',
    sv: 'Första administratören skapad med installationskoden',
    en: 'First admin created with the setup code',
  },
  'requests-refused': { fi: 'Pyyntöjä torjuttu', sv: 'Förfrågningar nekade', en: 'Requests refused' },
  'point-created': {
    fi: 'Neuvontapiste luotu',
    sv: 'Rådgivningspunkt skapad',
    en: 'Advice point created',
  },
  'point-municipalities-edited': {
    fi: 'Neuvontapisteen kunnat muutettu',
    sv: 'Rådgivningspunktens kommuner ändrade',
    en: "Point's municipalities changed",
  },
  'enrolment-code-created': {
    fi: 'Laitteen käyttöönottokoodi luotu',
    sv: 'Kod för att ta i bruk en enhet skapad',
    en: 'Tablet enrolment code created',
  },
  'device-enrolled': { fi: 'Laite otettu käyttöön', sv: 'Enhet tagen i bruk', en: 'Tablet enrolled' },
  'device-revoked': { fi: 'Laitteen käyttö estetty', sv: 'Enhet spärrad', en: 'Tablet revoked' },
  'batch-rejected': {
    fi: 'Synkronointierä hylätty',
    sv: 'Synkroniseringsparti avvisat',
    en: 'Sync batch refused',
  },
  'visits-rejected': { fi: 'Käyntejä hylätty', sv: 'Besök avvisade', en: 'Visits refused' },
  'tally-exported': { fi: 'Tilasto viety', sv: 'Statistik exporterad', en: 'Tally exported' },
  'audit-exported': { fi: 'Lokitiedot viety', sv: 'Loggen exporterad', en: 'Audit log exported' },
  'audit-pruned': {
    fi: 'Vanhat lokitiedot poistettu',
    sv: 'Gamla loggposter raderade',
    en: 'Old audit entries deleted',
  },
  'catalogue-published': {
    fi: 'Luokitusversio julkaistu',
    sv: 'Klassificeringsversion publicerad',
    en: 'Catalogue version published',
  },
  'catalogue-draft-discarded': {
    fi: 'Luokitusluonnos hylätty',
    sv: 'Klassificeringsutkast kasserat',
    en: 'Catalogue draft discarded',
  },
  'directory-service-edited': {
    fi: 'Palvelun yhteystiedot muutettu',
    sv: 'Tjänstens kontaktuppgifter ändrade',
    en: "Service's contact changed",
  },
  'directory-point-edited': {
    fi: 'Neuvontapisteen tiedot muutettu',
    sv: 'Rådgivningspunktens uppgifter ändrade',
    en: "Point's details changed",
  },
  'directory-point-service-edited': {
    fi: 'Neuvontapisteen oma yhteystieto palveluun muutettu',
    sv: 'Rådgivningspunktens egen kontakt till tjänsten ändrad',
    en: "Point's own service contact changed",
  },
  'directory-point-service-removed': {
    fi: 'Neuvontapisteen oma yhteystieto palveluun poistettu',
    sv: 'Rådgivningspunktens egen kontakt till tjänsten borttagen',
    en: "Point's own service contact removed",
  },
  'demo-loaded': { fi: 'Esittelyaineisto ladattu', sv: 'Demodata inlästa', en: 'Demo data loaded' },
};

/** An action's name in this language; an action this version does not know keeps its code. */
export function auditActionLabel(action: string, lang: Lang): string {
  return (auditActionLabels as Partial<Record<string, Label>>)[action]?.[lang] ?? action;
}
