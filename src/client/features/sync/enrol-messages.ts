import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'intro'
  | 'code'
  | 'codeHelp'
  | 'label'
  | 'labelHelp'
  | 'submit'
  | 'busy'
  | 'invalidCode'
  | 'offline'
  | 'failed'
  | 'revokedNote';

/** Texts of the first-run enrolment page. */
export const enrolMessages: Messages<Key> = {
  fi: {
    title: 'Liitä laite palveluun',
    intro: 'Pyydä ylläpitäjältä liittämiskoodi. Koodi on voimassa 15 minuuttia ja käy vain kerran.',
    code: 'Liittämiskoodi',
    codeHelp: 'Koodi näkyy ylläpitäjän näytöllä tekstinä ja QR-koodina.',
    label: 'Laitteen nimi',
    labelHelp: 'Esimerkiksi ”Aulan tabletti”, jotta laitteen tunnistaa listasta. Ei henkilöiden nimiä.',
    submit: 'Liitä laite',
    busy: 'Liitetään…',
    invalidCode: 'Koodi ei kelpaa tai se on vanhentunut. Pyydä uusi koodi.',
    offline: 'Ei yhteyttä palvelimeen. Liittäminen vaatii verkkoyhteyden.',
    failed: 'Liittäminen ei onnistunut:',
    revokedNote:
      'Laitteen aiempi liitos on peruttu. Laitteeseen tallennetut käynnit lähetetään uuden liitoksen jälkeen.',
  },
  sv: {
    title: 'Anslut enheten till tjänsten',
    intro: 'Be administratören om en anslutningskod. Koden gäller i 15 minuter och kan användas en gång.',
    code: 'Anslutningskod',
    codeHelp: 'Koden visas på administratörens skärm som text och som QR-kod.',
    label: 'Enhetens namn',
    labelHelp: 'Till exempel ”Surfplattan i entrén”, så att enheten känns igen i listan. Inga personnamn.',
    submit: 'Anslut enheten',
    busy: 'Ansluter…',
    invalidCode: 'Koden är ogiltig eller har gått ut. Be om en ny kod.',
    offline: 'Ingen kontakt med servern. Enheten kan bara anslutas när den är uppkopplad.',
    failed: 'Anslutningen misslyckades:',
    revokedNote:
      'Enhetens tidigare anslutning har återkallats. Besöken som sparats på enheten skickas när enheten har anslutits på nytt.',
  },
  en: {
    title: 'Enrol this device',
    intro: 'Ask an administrator for an enrolment code. It is valid for 15 minutes and works once.',
    code: 'Enrolment code',
    codeHelp: "The code is on the administrator's screen as text and as a QR code.",
    label: 'Device name',
    labelHelp: 'For example "Front desk 1", so the device is easy to find in the list. No names of people.',
    submit: 'Enrol device',
    busy: 'Enrolling…',
    invalidCode: 'The code is not valid or has expired. Ask for a new code.',
    offline: 'No connection to the server. Enrolment needs the network.',
    failed: 'Enrolment failed:',
    revokedNote:
      "This device's earlier enrolment was revoked. Visits saved on it are sent after the new enrolment.",
  },
};
