import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'intro'
  | 'backToAdmin'
  | 'points'
  | 'services'
  | 'demonstration'
  | 'edited'
  | 'edit'
  | 'editing'
  | 'save'
  | 'cancel'
  | 'saved'
  | 'failed'
  | 'loading'
  | 'noPoints'
  | 'name'
  | 'nameHelp'
  | 'phone'
  | 'hours'
  | 'address'
  | 'url'
  | 'feedbackUrl'
  | 'feedbackHelp'
  | 'contactWithinDays'
  | 'contactHelp'
  | 'inFinnish'
  | 'inSwedish'
  | 'inEnglish'
  | 'fixErrors';

/** Texts of the service directory page (admins). */
export const directoryMessages: Messages<Key> = {
  fi: {
    title: 'Palveluhakemisto',
    intro:
      'Nämä yhteystiedot tulostuvat asiakkaan muistilappuun. "Esimerkki" tarkoittaa, ettei tietoja ole vielä syötetty: lappuun tulostuu silloin maininta esimerkkitiedoista.',
    backToAdmin: 'Takaisin ylläpitoon',
    points: 'Neuvontapisteet',
    services: 'Palvelut, joihin ohjataan',
    demonstration: 'Esimerkki',
    edited: 'Päivitetty {time}',
    edit: 'Muokkaa',
    editing: 'Muokkaa: {name}',
    save: 'Tallenna',
    cancel: 'Peruuta',
    saved: 'Tallennettu: {name}',
    failed: 'Ei onnistunut:',
    loading: 'Ladataan…',
    noPoints: 'Neuvontapisteitä ei ole vielä. Luo neuvontapiste ylläpidon sivulla.',
    name: 'Palvelun nimi',
    nameHelp: 'Tyhjä: lappuun tulee luettelon nimi.',
    phone: 'Puhelin',
    hours: 'Aukioloajat',
    address: 'Osoite',
    url: 'Verkko-osoite',
    feedbackUrl: 'Palautteen verkko-osoite',
    feedbackHelp: 'Saa nimetä neuvontapisteen, ei mitään asiakkaasta.',
    contactWithinDays: 'Yhteydenotto viimeistään (arkipäivää)',
    contactHelp: 'Kun yksikkö ottaa yhteyttä asiakkaaseen: montako arkipäivää käynnistä.',
    inFinnish: 'suomeksi',
    inSwedish: 'ruotsiksi',
    inEnglish: 'englanniksi',
    fixErrors: 'Korjaa merkityt kentät.',
  },
  sv: {
    title: 'Tjänstekatalog',
    intro:
      'Kontaktuppgifterna skrivs ut på klientens minneslapp. "Exempel" betyder att uppgifterna inte har fyllts i: lappen säger då att det är exempeluppgifter.',
    backToAdmin: 'Tillbaka till administrationen',
    points: 'Rådgivningspunkter',
    services: 'Tjänster som man hänvisas till',
    demonstration: 'Exempel',
    edited: 'Uppdaterad {time}',
    edit: 'Redigera',
    editing: 'Redigera: {name}',
    save: 'Spara',
    cancel: 'Avbryt',
    saved: 'Sparat: {name}',
    failed: 'Misslyckades:',
    loading: 'Laddar…',
    noPoints: 'Inga rådgivningspunkter ännu. Skapa en rådgivningspunkt på administrationssidan.',
    name: 'Tjänstens namn',
    nameHelp: 'Tomt: lappen visar katalogens namn.',
    phone: 'Telefon',
    hours: 'Öppettider',
    address: 'Adress',
    url: 'Webbadress',
    feedbackUrl: 'Webbadress för respons',
    feedbackHelp: 'Får nämna rådgivningspunkten, inget om klienten.',
    contactWithinDays: 'Kontakt senast (arbetsdagar)',
    contactHelp: 'När enheten kontaktar klienten: hur många arbetsdagar efter besöket.',
    inFinnish: 'på finska',
    inSwedish: 'på svenska',
    inEnglish: 'på engelska',
    fixErrors: 'Rätta de markerade fälten.',
  },
  en: {
    title: 'Service directory',
    intro:
      'These contact details are printed on the client’s slip. "Demonstration" means nobody has entered them yet: the slip then says they are demonstration details.',
    backToAdmin: 'Back to administration',
    points: 'Advice points',
    services: 'Services clients are referred to',
    demonstration: 'Demonstration',
    edited: 'Updated {time}',
    edit: 'Edit',
    editing: 'Edit: {name}',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved: {name}',
    failed: 'Did not work:',
    loading: 'Loading…',
    noPoints: 'No points yet. Create one on the administration page.',
    name: 'Name of the service',
    nameHelp: 'Empty: the slip shows the catalogue’s name.',
    phone: 'Phone',
    hours: 'Opening hours',
    address: 'Address',
    url: 'Web address',
    feedbackUrl: 'Feedback web address',
    feedbackHelp: 'May name the point, nothing about the client.',
    contactWithinDays: 'Contact within (working days)',
    contactHelp: 'Where the unit contacts the client: how many working days after the visit.',
    inFinnish: 'in Finnish',
    inSwedish: 'in Swedish',
    inEnglish: 'in English',
    fixErrors: 'Correct the marked fields.',
  },
};
