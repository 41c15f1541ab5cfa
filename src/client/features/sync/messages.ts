import type { Messages } from '../../ui/messages';

type Key =
  | 'region'
  | 'waiting'
  | 'allSent'
  | 'lastSync'
  | 'neverSynced'
  | 'syncNow'
  | 'syncing'
  | 'offline'
  | 'oldWarning'
  | 'revoked'
  | 'notEnrolled'
  | 'enrolLink'
  | 'lastError'
  | 'needsAttention'
  | 'needsAttentionHelp'
  | 'edit'
  | 'reason'
  | 'deleted'
  | 'err-network'
  | 'err-timeout'
  | 'err-server'
  | 'err-rate'
  | 'err-refused'
  | 'details'
  | 'retryAt'
  | 'attentionBadge';

/** Texts of the sync status bar and the needs-attention list. */
export const syncMessages: Messages<Key> = {
  fi: {
    region: 'Käyntien lähetys',
    waiting: 'Odottaa lähetystä: {n}',
    allSent: 'Ei lähetettäviä käyntejä',
    lastSync: 'Viimeksi lähetetty {time}',
    neverSynced: 'Ei vielä lähetetty palvelimelle',
    syncNow: 'Lähetä nyt',
    syncing: 'Lähetetään…',
    offline: 'Ei verkkoyhteyttä – käynnit tallentuvat tähän laitteeseen ja lähtevät, kun yhteys palaa.',
    oldWarning:
      'Osa käynneistä on odottanut yli 24 tuntia. Yhdistä laite verkkoon pian: Safari tyhjentää sivuston tallennustilan, jos sivustoa ei käytetä seitsemään päivään.',
    revoked:
      'Tämän laitteen käyttöoikeus on peruttu. Käynnit ovat tallessa laitteessa; liitä laite uudelleen, niin ne lähetetään.',
    notEnrolled: 'Laitetta ei ole liitetty palveluun, joten käyntejä ei lähetetä.',
    enrolLink: 'Liitä laite',
    lastError: 'Lähetys epäonnistui: {message}',
    needsAttention: 'Vaatii huomiota ({n})',
    needsAttentionHelp: 'Palvelin ei hyväksynyt näitä käyntejä. Korjaa käynti, niin se lähetetään uudelleen.',
    edit: 'Muokkaa',
    reason: 'Syy',
    deleted: 'poistettu',
    'err-network': 'Ei yhteyttä palvelimeen.',
    'err-timeout': 'Palvelin ei vastannut ajoissa.',
    'err-server': 'Palvelimessa on häiriö.',
    'err-rate': 'Palvelin pyysi odottamaan.',
    'err-refused':
      'Palvelin ei hyväksynyt lähetystä. Käynnit ovat tallessa laitteessa; jos tämä toistuu, kerro IT-tuelle.',
    details: 'Lisätiedot:',
    retryAt: 'Yritetään uudelleen {time}.',
    attentionBadge: 'lähetys vaatii huomiota',
  },
  sv: {
    region: 'Sändning av besök',
    waiting: 'Väntar på att skickas: {n}',
    allSent: 'Inga besök väntar på att skickas',
    lastSync: 'Senast skickat {time}',
    neverSynced: 'Ännu inte skickat till servern',
    syncNow: 'Skicka nu',
    syncing: 'Skickar…',
    offline: 'Ingen nätverksanslutning – besöken sparas på enheten och skickas när anslutningen är tillbaka.',
    oldWarning:
      'Några besök har väntat i över 24 timmar. Koppla upp enheten till nätet snart: Safari raderar lagrade uppgifter för webbplatser som inte har använts på sju dagar.',
    revoked:
      'Enhetens behörighet har återkallats. Besöken finns kvar på enheten; anslut enheten på nytt så skickas de.',
    notEnrolled: 'Enheten är inte ansluten till tjänsten, så besöken skickas inte.',
    enrolLink: 'Anslut enheten',
    lastError: 'Sändningen misslyckades: {message}',
    needsAttention: 'Kräver åtgärd ({n})',
    needsAttentionHelp: 'Servern godkände inte de här besöken. Rätta besöket så skickas det igen.',
    edit: 'Redigera',
    reason: 'Orsak',
    deleted: 'borttaget',
    'err-network': 'Ingen kontakt med servern.',
    'err-timeout': 'Servern svarade inte i tid.',
    'err-server': 'Servern har en störning.',
    'err-rate': 'Servern bad oss vänta en stund.',
    'err-refused':
      'Servern godkände inte sändningen. Besöken finns kvar på enheten; kontakta IT-stödet om det här upprepas.',
    details: 'Detaljer:',
    retryAt: 'Nytt försök {time}.',
    attentionBadge: 'sändningen kräver åtgärd',
  },
  en: {
    region: 'Sending visits',
    waiting: 'Waiting to be sent: {n}',
    allSent: 'Nothing waiting to be sent',
    lastSync: 'Last sent {time}',
    neverSynced: 'Not sent to the server yet',
    syncNow: 'Sync now',
    syncing: 'Sending…',
    offline: 'No network – visits are saved on this device and sent when the connection returns.',
    oldWarning:
      'Some visits have waited more than 24 hours. Connect this device to the network soon: Safari clears the storage of sites unused for 7 days.',
    revoked: 'This device has been revoked. Its visits are kept here; enrol the device again to send them.',
    notEnrolled: 'This device is not enrolled, so visits are not sent.',
    enrolLink: 'Enrol this device',
    lastError: 'Sending failed: {message}',
    needsAttention: 'Needs attention ({n})',
    needsAttentionHelp: 'The server did not accept these visits. Correct a visit and it is sent again.',
    edit: 'Edit',
    reason: 'Reason',
    deleted: 'deleted',
    'err-network': 'No connection to the server.',
    'err-timeout': 'The server did not answer in time.',
    'err-server': 'The server has a problem.',
    'err-rate': 'The server asked us to wait.',
    'err-refused':
      'The server refused the batch. The visits are kept on the device; if this goes on, tell IT support.',
    details: 'Details:',
    retryAt: 'Trying again at {time}.',
    attentionBadge: 'sending needs attention',
  },
};
