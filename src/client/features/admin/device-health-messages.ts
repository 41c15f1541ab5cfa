import type { DeviceWarning } from '../../../domain/device-health';
import type { Messages } from '../../ui/messages';

type Key = 'health' | 'details' | 'notReported' | 'warning' | DeviceWarning;

/** The device list's health column: what the tablet reported, and why to look at it. */
export const deviceHealthMessages: Messages<Key> = {
  fi: {
    health: 'Tabletin tila',
    details: 'Sovellus {app}, luokitus {catalogue}, lähettämättä {pending}',
    notReported: 'Tabletti ei ole vielä kertonut tilaansa.',
    warning: 'Huomio',
    'not-synced-24h': 'Ei lähettänyt 24 tuntiin',
    'storage-not-persisted': 'Tallennustila ei ole pysyvä',
    'visits-pending-24h': 'Käyntejä odottanut lähetystä yli 24 tuntia',
    'old-app-version': 'Vanha sovellusversio',
  },
  sv: {
    health: 'Surfplattans tillstånd',
    details: 'App {app}, klassificering {catalogue}, osända {pending}',
    notReported: 'Surfplattan har ännu inte rapporterat sitt tillstånd.',
    warning: 'Obs',
    'not-synced-24h': 'Ingen sändning på 24 timmar',
    'storage-not-persisted': 'Lagringen är inte beständig',
    'visits-pending-24h': 'Besök har väntat på sändning i över 24 timmar',
    'old-app-version': 'Gammal appversion',
  },
  en: {
    health: 'Tablet health',
    details: 'App {app}, catalogue {catalogue}, unsent {pending}',
    notReported: 'The tablet has not reported its health yet.',
    warning: 'Attention',
    'not-synced-24h': 'Not synced for 24 hours',
    'storage-not-persisted': 'Storage not persisted',
    'visits-pending-24h': 'Visits waiting to be sent for over 24 hours',
    'old-app-version': 'Old app version',
  },
};
