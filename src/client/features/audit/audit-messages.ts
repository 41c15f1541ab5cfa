import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'back'
  | 'filters'
  | 'who'
  | 'anyone'
  | 'tablets'
  | 'notSignedIn'
  | 'action'
  | 'anyAction'
  | 'from'
  | 'to'
  | 'show'
  | 'caption'
  | 'time'
  | 'details'
  | 'none'
  | 'newer'
  | 'older'
  | 'download'
  | 'failed';

/** Texts of the audit log page. */
export const auditMessages: Messages<Key> = {
  fi: {
    title: 'Tapahtumaloki',
    back: 'Takaisin ylläpitoon',
    filters: 'Rajaa tapahtumia',
    who: 'Tekijä',
    anyone: 'Kaikki',
    tablets: 'Tabletit',
    notSignedIn: 'Kirjautumattomat',
    action: 'Tapahtuma',
    anyAction: 'Kaikki tapahtumat',
    from: 'Alkaen',
    to: 'Asti',
    show: 'Näytä',
    caption: 'Tapahtumat, uusin ensin',
    time: 'Aika',
    details: 'Tiedot',
    none: 'Ei tapahtumia näillä rajauksilla.',
    newer: 'Uudemmat',
    older: 'Vanhemmat',
    download: 'Lataa rajatut tapahtumat CSV-tiedostona',
    failed: 'Lokia ei voitu hakea:',
  },
  sv: {
    title: 'Händelselogg',
    back: 'Tillbaka till administrationen',
    filters: 'Avgränsa händelser',
    who: 'Aktör',
    anyone: 'Alla',
    tablets: 'Surfplattor',
    notSignedIn: 'Ej inloggade',
    action: 'Händelse',
    anyAction: 'Alla händelser',
    from: 'Från och med',
    to: 'Till och med',
    show: 'Visa',
    caption: 'Händelser, nyaste först',
    time: 'Tid',
    details: 'Uppgifter',
    none: 'Inga händelser med dessa avgränsningar.',
    newer: 'Nyare',
    older: 'Äldre',
    download: 'Ladda ner de avgränsade händelserna som CSV-fil',
    failed: 'Loggen kunde inte hämtas:',
  },
  en: {
    title: 'Audit log',
    back: 'Back to administration',
    filters: 'Filter the log',
    who: 'Who',
    anyone: 'Anyone',
    tablets: 'Tablets',
    notSignedIn: 'Not signed in',
    action: 'What',
    anyAction: 'Any action',
    from: 'From',
    to: 'To',
    show: 'Show',
    caption: 'Events, newest first',
    time: 'Time',
    details: 'Details',
    none: 'No events match these filters.',
    newer: 'Newer',
    older: 'Older',
    download: 'Download the filtered log as CSV',
    failed: 'The log could not be read:',
  },
};
