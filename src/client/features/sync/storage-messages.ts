import type { Messages } from '../../ui/messages';
import type { StorageOffer } from '../../db/storage-info';

/** One line in the status bar on what this browser promises for the visits kept on it. */
export const storageMessages: Messages<StorageOffer> = {
  fi: {
    persisted: 'Käynnit säilyvät tällä laitteella.',
    'not-persisted': 'Selain voi poistaa käynnit, jos tila käy vähiin – katso Asetukset.',
    'home-screen': 'Lisää Neuvo Koti-valikkoon, jotta käynnit säilyvät – katso Asetukset.',
    unknown: 'Selain ei kerro, säilyvätkö käynnit. Lähetä ne palvelimelle usein.',
  },
  sv: {
    persisted: 'Besöken bevaras på den här enheten.',
    'not-persisted': 'Webbläsaren kan ta bort besöken om utrymmet blir knappt – se Inställningar.',
    'home-screen': 'Lägg till Neuvo på hemskärmen så att besöken bevaras – se Inställningar.',
    unknown: 'Webbläsaren uppger inte om besöken bevaras. Skicka dem ofta till servern.',
  },
  en: {
    persisted: 'Visits are kept safe on this tablet.',
    'not-persisted': 'The browser may clear visits when space runs low – see Settings.',
    'home-screen': 'Add Neuvo to the Home Screen to keep visits safe – see Settings.',
    unknown: 'This browser does not say whether it keeps visits. Send them to the server often.',
  },
};
