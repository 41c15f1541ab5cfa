import type { Messages } from '../ui/messages';

type Key = 'noServiceWorker' | 'noWebLocks';

/** What a browser without a feature the offline app uses cannot do, and what still works. */
export const limitsMessages: Messages<Key> = {
  fi: {
    noServiceWorker:
      'Tämä selain ei avaa Neuvoa ilman verkkoyhteyttä. Käyntejä voi kirjata verkossa; tallennetut käynnit säilyvät laitteessa ja lähtevät palvelimelle.',
    noWebLocks: 'Pidä Neuvo auki vain yhdessä välilehdessä: tämä selain ei jaa lähetystä välilehtien kesken.',
  },
  sv: {
    noServiceWorker:
      'Den här webbläsaren öppnar inte Neuvo utan nätverksanslutning. Besök kan registreras när enheten är uppkopplad; sparade besök finns kvar på enheten och skickas till servern.',
    noWebLocks: 'Ha Neuvo öppen i bara en flik: den här webbläsaren delar inte sändningen mellan flikar.',
  },
  en: {
    noServiceWorker:
      'This browser cannot open Neuvo without a network. Visits can be logged while online; those saved stay on this tablet and are sent to the server.',
    noWebLocks: 'Keep Neuvo open in one tab only: this browser cannot share sending between tabs.',
  },
};
