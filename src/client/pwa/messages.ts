import type { Messages } from '../ui/messages';

type Key = 'available' | 'update' | 'updating' | 'offlineReady' | 'close';

/** Texts of the update prompt and the offline-ready note. */
export const pwaMessages: Messages<Key> = {
  fi: {
    available: 'Uusi versio on saatavilla.',
    update: 'Päivitä',
    updating: 'Päivitetään…',
    offlineReady: 'Neuvo toimii nyt myös ilman verkkoyhteyttä.',
    close: 'Sulje',
  },
  sv: {
    available: 'En ny version finns tillgänglig.',
    update: 'Uppdatera',
    updating: 'Uppdaterar…',
    offlineReady: 'Neuvo fungerar nu även utan nätverksanslutning.',
    close: 'Stäng',
  },
  en: {
    available: 'A new version is available.',
    update: 'Update',
    updating: 'Updating…',
    offlineReady: 'Neuvo now works without a network connection too.',
    close: 'Close',
  },
};
