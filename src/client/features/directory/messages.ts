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
  | 'fixErrors'
  | 'municipalities'
  | 'noMunicipalities'
  | 'chooseMunicipalities'
  | 'municipalitiesOf'
  | 'chosenMunicipalities'
  | 'searchMunicipalities'
  | 'searchHelp'
  | 'searchResults'
  | 'matches'
  | 'noMatches'
  | 'ownServices'
  | 'ownServicesHelp'
  | 'countyWide'
  | 'ownDetails'
  | 'setOwn'
  | 'removeOwn'
  | 'removed';

/** Texts of the service directory page (admins). */
export const directoryMessages: Messages<Key> = {
  fi: {
    title: 'Palveluhakemisto',
    intro:
      'Nämä yhteystiedot tulostuvat asiakkaan muistilappuun. ”Esimerkki” tarkoittaa, ettei tietoja ole vielä syötetty: lappuun tulostuu silloin maininta esimerkkitiedoista.',
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
    nameHelp: 'Tyhjä: lappuun tulee luokituksen nimi.',
    phone: 'Puhelin',
    hours: 'Aukioloajat',
    address: 'Osoite',
    url: 'Verkko-osoite',
    feedbackUrl: 'Palautteen verkko-osoite',
    feedbackHelp: 'Osoitteessa saa näkyä neuvontapiste, mutta ei mitään asiakkaasta.',
    contactWithinDays: 'Yhteydenotto viimeistään (arkipäivää)',
    contactHelp: 'Kun yksikkö ottaa yhteyttä asiakkaaseen: montako arkipäivää käynnistä.',
    inFinnish: 'suomeksi',
    inSwedish: 'ruotsiksi',
    inEnglish: 'englanniksi',
    fixErrors: 'Korjaa merkityt kentät.',
    municipalities: 'Kunnat, joita neuvontapiste palvelee',
    noMunicipalities: 'Ei valittuja kuntia: kirjauksen kotikuntakysymyksessä ei ole vaihtoehtoja.',
    chooseMunicipalities: 'Valitse kunnat',
    municipalitiesOf: 'Kunnat: {name}',
    chosenMunicipalities: 'Valitut kunnat ({count})',
    searchMunicipalities: 'Hae kuntaa',
    searchHelp: 'Nimi suomeksi tai ruotsiksi, tai kuntanumero (Tilastokeskuksen kuntaluettelo {year}).',
    searchResults: 'Hakutulokset',
    matches: '{count} kuntaa löytyi.',
    noMatches: 'Ei osumia.',
    ownServices: 'Palvelujen yhteystiedot tässä neuvontapisteessä (omia: {count})',
    ownServicesHelp:
      'Esimerkiksi Kelan paikallinen toimisto. Jos neuvontapisteellä ei ole omia tietoja, lappuun tulostuvat koko alueen tiedot.',
    countyWide: 'Koko alueen tiedot',
    ownDetails: 'Neuvontapisteen omat tiedot',
    setOwn: 'Anna neuvontapisteen omat tiedot',
    removeOwn: 'Poista neuvontapisteen omat tiedot',
    removed: 'Poistettu: {name}. Lappuun tulostuvat koko alueen tiedot.',
  },
  sv: {
    title: 'Tjänstekatalog',
    intro:
      'Kontaktuppgifterna skrivs ut på klientens minneslapp. ”Exempel” betyder att uppgifterna inte har fyllts i: då står det på lappen att det är exempeluppgifter.',
    backToAdmin: 'Tillbaka till administrationen',
    points: 'Rådgivningspunkter',
    services: 'Tjänster som klienter hänvisas till',
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
    nameHelp: 'Tomt: lappen visar namnet i klassificeringen.',
    phone: 'Telefon',
    hours: 'Öppettider',
    address: 'Adress',
    url: 'Webbadress',
    feedbackUrl: 'Webbadress för respons',
    feedbackHelp: 'Adressen får ange rådgivningspunkten men inget om klienten.',
    contactWithinDays: 'Kontakt senast (arbetsdagar)',
    contactHelp: 'När enheten kontaktar klienten: hur många arbetsdagar efter besöket.',
    inFinnish: 'på finska',
    inSwedish: 'på svenska',
    inEnglish: 'på engelska',
    fixErrors: 'Rätta de markerade fälten.',
    municipalities: 'Kommuner som rådgivningspunkten betjänar',
    noMunicipalities: 'Inga kommuner har valts: frågan om hemkommun har inga svarsalternativ.',
    chooseMunicipalities: 'Välj kommuner',
    municipalitiesOf: 'Kommuner: {name}',
    chosenMunicipalities: 'Valda kommuner ({count})',
    searchMunicipalities: 'Sök kommun',
    searchHelp:
      'Namn på finska eller svenska, eller kommunnummer (Statistikcentralens kommunförteckning {year}).',
    searchResults: 'Sökresultat',
    matches: '{count} kommuner hittades.',
    noMatches: 'Inga träffar.',
    ownServices: 'Tjänsternas kontaktuppgifter vid den här rådgivningspunkten (egna: {count})',
    ownServicesHelp:
      'Till exempel FPA:s lokala kontor. Om rådgivningspunkten inte har egna uppgifter skrivs uppgifterna för hela området ut på lappen.',
    countyWide: 'Hela områdets uppgifter',
    ownDetails: 'Rådgivningspunktens egna uppgifter',
    setOwn: 'Ange rådgivningspunktens egna uppgifter',
    removeOwn: 'Ta bort rådgivningspunktens egna uppgifter',
    removed: 'Borttaget: {name}. Lappen visar hela områdets uppgifter.',
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
    municipalities: 'Municipalities the point serves',
    noMunicipalities: 'None chosen: the desk’s home-municipality question has nothing to offer.',
    chooseMunicipalities: 'Choose municipalities',
    municipalitiesOf: 'Municipalities: {name}',
    chosenMunicipalities: 'Chosen municipalities ({count})',
    searchMunicipalities: 'Search for a municipality',
    searchHelp: 'Name in Finnish or Swedish, or the municipality code (Statistics Finland’s list of {year}).',
    searchResults: 'Search results',
    matches: '{count} municipalities found.',
    noMatches: 'No matches.',
    ownServices: 'Services’ contact details at this point (own: {count})',
    ownServicesHelp:
      'For example Kela’s local office. Where the point has none of its own, the slip prints the county-wide details.',
    countyWide: 'County-wide details',
    ownDetails: 'This point’s own details',
    setOwn: 'Set this point’s own details',
    removeOwn: 'Remove this point’s own details',
    removed: 'Removed: {name}. The slip prints the county-wide details.',
  },
};
