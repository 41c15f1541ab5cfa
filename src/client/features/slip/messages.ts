import type { Messages } from '../../ui/messages';

type SlipKey =
  | 'title'
  | 'date'
  | 'phone'
  | 'hours'
  | 'address'
  | 'web'
  | 'unitContacts'
  | 'ifNotHeard'
  | 'youContact'
  | 'youContactThem'
  | 'theUnit'
  | 'handled'
  | 'note'
  | 'feedback'
  | 'demonstration';

/**
 * The printed slip's words, in the slip's own language (chosen per slip, not the UI's). Kept plain
 * and short: many readers are older, hard of hearing, or read the language as a second one.
 */
export const slipMessages: Messages<SlipKey> = {
  fi: {
    title: 'Mitä seuraavaksi tapahtuu',
    date: 'Päivä',
    phone: 'Puhelin',
    hours: 'Auki',
    address: 'Osoite',
    web: 'Verkossa',
    unitContacts: '{unit} ottaa sinuun yhteyttä viimeistään {date}.',
    ifNotHeard: 'Jos yhteydenottoa ei tule, soita {phone}.',
    youContact: 'Ota itse yhteyttä:',
    youContactThem: 'Ota itse yhteyttä.',
    theUnit: 'Yksikkö',
    handled: 'Asia hoidettiin neuvontapisteessä. Sinun ei tarvitse tehdä muuta.',
    note: 'Muista:',
    feedback: 'Kerro, miten onnistuimme: lue QR-koodi tai avaa {url}',
    demonstration: 'ESIMERKKITIEDOT – eivät oikeita yhteystietoja',
  },
  sv: {
    title: 'Vad händer härnäst',
    date: 'Datum',
    phone: 'Telefon',
    hours: 'Öppet',
    address: 'Adress',
    web: 'På webben',
    unitContacts: '{unit} kontaktar dig senast {date}.',
    ifNotHeard: 'Om ingen hör av sig, ring {phone}.',
    youContact: 'Ta själv kontakt med:',
    youContactThem: 'Ta själv kontakt:',
    theUnit: 'Enheten',
    handled: 'Ärendet sköttes på rådgivningspunkten. Du behöver inte göra något mer.',
    note: 'Kom ihåg:',
    feedback: 'Berätta hur vi lyckades: skanna QR-koden eller öppna {url}',
    demonstration: 'EXEMPELUPPGIFTER – inte riktiga kontaktuppgifter',
  },
  en: {
    title: 'What happens next',
    date: 'Date',
    phone: 'Phone',
    hours: 'Open',
    address: 'Address',
    web: 'Online',
    unitContacts: '{unit} will contact you by {date}.',
    ifNotHeard: 'If nobody has contacted you by then, call {phone}.',
    youContact: 'Please contact:',
    youContactThem: 'Please contact them yourself.',
    theUnit: 'The unit',
    handled: 'Your matter was dealt with at the advice point. You need to do nothing more.',
    note: 'Remember:',
    feedback: 'Tell us how we did: scan the QR code or open {url}',
    demonstration: 'DEMONSTRATION DETAILS – not real contact information',
  },
};

type ControlKey =
  | 'slipLanguage'
  | 'largePrint'
  | 'instruction'
  | 'instructionHelp'
  | 'print'
  | 'back'
  | 'loading'
  | 'notFound'
  | 'paper'
  | 'a5'
  | 'receipt';

/** The print view's controls, in the UI language. */
export const slipControlMessages: Messages<ControlKey> = {
  fi: {
    slipLanguage: 'Lapun kieli',
    largePrint: 'Suurennettu teksti',
    instruction: 'Lyhyt ohje asiakkaalle (valinnainen)',
    instructionHelp:
      'Tulostuu lappuun, mutta sitä ei tallenneta eikä lähetetä. Älä kirjoita nimiä tai terveystietoja.',
    print: 'Tulosta',
    back: 'Takaisin',
    loading: 'Ladataan…',
    notFound: 'Tätä käyntiä ei löydy tältä tabletilta.',
    paper: 'Paperi: {format} (vaihda asetuksissa)',
    a5: 'A5',
    receipt: '80 mm kuittirulla',
  },
  sv: {
    slipLanguage: 'Lappens språk',
    largePrint: 'Förstorad text',
    instruction: 'Kort anvisning till klienten (valfri)',
    instructionHelp:
      'Skrivs ut på lappen men varken sparas eller skickas. Skriv inga namn eller hälsouppgifter.',
    print: 'Skriv ut',
    back: 'Tillbaka',
    loading: 'Laddar…',
    notFound: 'Besöket finns inte på den här surfplattan.',
    paper: 'Papper: {format} (ändra i inställningarna)',
    a5: 'A5',
    receipt: '80 mm kvittorulle',
  },
  en: {
    slipLanguage: 'Slip language',
    largePrint: 'Large print',
    instruction: 'Short instruction for the client (optional)',
    instructionHelp: 'Printed on the slip, never saved or sent. Do not write names or health details.',
    print: 'Print',
    back: 'Back',
    loading: 'Loading…',
    notFound: 'This visit is not on this tablet.',
    paper: 'Paper: {format} (change in settings)',
    a5: 'A5',
    receipt: '80 mm receipt roll',
  },
};

/** Names of the slip languages, each in its own language so a client can point at theirs. */
export const languageNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;
