import type { Messages } from '../../ui/messages';

type Key =
  | 'pageTitle'
  | 'title'
  | 'editTitle'
  | 'ageGroup'
  | 'sector'
  | 'topics'
  | 'referrals'
  | 'visitDate'
  | 'dateHelp'
  | 'save'
  | 'saving'
  | 'saved'
  | 'clear'
  | 'cancelEdit'
  | 'chooseAgeGroup'
  | 'chooseSector'
  | 'badDate'
  | 'fixErrors'
  | 'notEnrolled'
  | 'enrolLink'
  | 'storageFull'
  | 'writeFailed'
  | 'invalidVisit'
  | 'draftFailed'
  | 'printSlip'
  | 'slipFor'
  | 'visits'
  | 'newVisitTab'
  | 'dayTabCount'
  | 'dayShown'
  | 'noVisits'
  | 'total'
  | 'countsCaption'
  | 'totalColumn'
  | 'ageGroupColumn'
  | 'edit'
  | 'delete'
  | 'deleted'
  | 'undo'
  | 'restored'
  | 'noTopics'
  | 'noReferrals'
  | 'retired'
  | 'retiredHelp'
  | 'answerRequired'
  | 'clearAnswer'
  | 'notServedHere'
  | 'noMunicipalities'
  | 'serviceLanguage'
  | 'faceToFaceReasons'
  | 'municipality'
  | 'channel';

/** Texts of the desk: the visit form and the day's visits. Category labels come from the catalogue. */
export const deskMessages: Messages<Key> = {
  fi: {
    pageTitle: 'Asiointien kirjaus',
    title: 'Kirjaa käynti',
    editTitle: 'Muokkaa käyntiä',
    ageGroup: 'Ikäryhmä',
    sector: 'Palveluala',
    topics: 'Asiat',
    referrals: 'Ohjaukset',
    visitDate: 'Käynnin päivä',
    dateHelp: 'Muuta vain, jos kirjaat aiemman käynnin jälkikäteen.',
    save: 'Tallenna',
    saving: 'Tallennetaan…',
    saved: 'Tallennettu.',
    clear: 'Tyhjennä lomake',
    cancelEdit: 'Peruuta muokkaus',
    chooseAgeGroup: 'Valitse ikäryhmä.',
    chooseSector: 'Valitse palveluala.',
    badDate: 'Anna oikea päivämäärä, joka ei ole tulevaisuudessa.',
    fixErrors: 'Käyntiä ei tallennettu. Korjaa merkityt kohdat.',
    notEnrolled:
      'Käyntiä ei tallennettu: laitetta ei ole liitetty neuvontapisteeseen. Lomakkeen tiedot säilyvät.',
    enrolLink: 'Liitä laite',
    storageFull:
      'Käyntiä ei tallennettu: laitteen tallennustila on täynnä. Lomakkeen tiedot ja aiemmin tallennetut käynnit säilyvät. Vapauta tilaa tai pyydä apua ylläpidolta.',
    writeFailed: 'Käyntiä ei tallennettu ({message}). Lomakkeen tiedot säilyvät. Yritä uudelleen.',
    invalidVisit: 'Käyntiä ei tallennettu, koska luokitus on muuttunut ({message}). Tarkista valinnat.',
    draftFailed: 'Keskeneräistä lomaketta ei voitu tallentaa laitteelle. Tallenna käynti pian.',
    printSlip: 'Tulosta muistilappu',
    slipFor: 'Muistilappu',
    visits: 'Käynnit',
    newVisitTab: 'Uusi käynti',
    dayTabCount: 'Päivän käynnit ({n})',
    dayShown: 'Näytettävä päivä',
    noVisits: 'Ei kirjattuja käyntejä tältä päivältä.',
    total: 'Käyntejä yhteensä: {n}',
    countsCaption: 'Käynnit ikäryhmän ja palvelualan mukaan',
    totalColumn: 'Yhteensä',
    ageGroupColumn: 'Ikäryhmä',
    edit: 'Muokkaa',
    delete: 'Poista',
    deleted: 'Käynti poistettu.',
    undo: 'Peru poisto',
    restored: 'Käynti palautettu.',
    noTopics: 'ei asioita',
    noReferrals: 'ei ohjauksia',
    retired: 'poistunut luokituksesta',
    retiredHelp:
      'Merkitty valinta ei ole enää luokituksessa. Poista se napauttamalla tai jätä, jos se kuvaa käyntiä.',
    answerRequired: 'Vastaa tähän kysymykseen.',
    clearAnswer: 'Tyhjennä vastaus',
    notServedHere: 'ei tämän neuvontapisteen kunnissa',
    noMunicipalities:
      'Tälle neuvontapisteelle ei ole vielä valittu kuntia. Ylläpitäjä valitsee ne palveluhakemistossa.',
    serviceLanguage: 'Asiointikieli',
    faceToFaceReasons: 'Miksi asiakas tuli paikan päälle',
    municipality: 'Asiakkaan kotikunta',
    channel: 'Käynti neuvontapisteellä vai jalkautuen',
  },
  sv: {
    pageTitle: 'Registrering av besök',
    title: 'Registrera besök',
    editTitle: 'Redigera besök',
    ageGroup: 'Åldersgrupp',
    sector: 'Tjänsteområde',
    topics: 'Ärenden',
    referrals: 'Hänvisningar',
    visitDate: 'Besöksdatum',
    dateHelp: 'Ändra bara om du registrerar ett tidigare besök i efterhand.',
    save: 'Spara',
    saving: 'Sparar…',
    saved: 'Sparat.',
    clear: 'Töm formuläret',
    cancelEdit: 'Avbryt redigeringen',
    chooseAgeGroup: 'Välj åldersgrupp.',
    chooseSector: 'Välj tjänsteområde.',
    badDate: 'Ange ett riktigt datum som inte är i framtiden.',
    fixErrors: 'Besöket sparades inte. Rätta de markerade fälten.',
    notEnrolled:
      'Besöket sparades inte: enheten är inte ansluten till en rådgivningspunkt. Uppgifterna i formuläret finns kvar.',
    enrolLink: 'Anslut enheten',
    storageFull:
      'Besöket sparades inte: enhetens lagringsutrymme är fullt. Formuläret och tidigare sparade besök finns kvar. Frigör utrymme eller be administratören om hjälp.',
    writeFailed: 'Besöket sparades inte ({message}). Uppgifterna i formuläret finns kvar. Försök igen.',
    invalidVisit:
      'Besöket sparades inte eftersom klassificeringen har ändrats ({message}). Kontrollera valen.',
    draftFailed: 'Det halvfärdiga formuläret kunde inte sparas på enheten. Spara besöket snart.',
    printSlip: 'Skriv ut minneslapp',
    slipFor: 'Minneslapp',
    visits: 'Besök',
    newVisitTab: 'Nytt besök',
    dayTabCount: 'Dagens besök ({n})',
    dayShown: 'Visad dag',
    noVisits: 'Inga registrerade besök den här dagen.',
    total: 'Besök totalt: {n}',
    countsCaption: 'Besök per åldersgrupp och tjänsteområde',
    totalColumn: 'Totalt',
    ageGroupColumn: 'Åldersgrupp',
    edit: 'Redigera',
    delete: 'Ta bort',
    deleted: 'Besöket har tagits bort.',
    undo: 'Ångra',
    restored: 'Besöket har återställts.',
    noTopics: 'inga ärenden',
    noReferrals: 'inga hänvisningar',
    retired: 'utgått ur klassificeringen',
    retiredHelp:
      'Det markerade valet finns inte längre i klassificeringen. Ta bort det genom att trycka på det, eller behåll det om det beskriver besöket.',
    answerRequired: 'Svara på den här frågan.',
    clearAnswer: 'Töm svaret',
    notServedHere: 'inte bland rådgivningspunktens kommuner',
    noMunicipalities:
      'Inga kommuner har ännu valts för den här rådgivningspunkten. En administratör väljer dem i tjänstekatalogen.',
    serviceLanguage: 'Språk som klienten betjänades på',
    faceToFaceReasons: 'Varför klienten kom personligen',
    municipality: 'Klientens hemkommun',
    channel: 'Besök på rådgivningspunkten eller uppsökande arbete',
  },
  en: {
    pageTitle: 'Front desk',
    title: 'Log a visit',
    editTitle: 'Edit visit',
    ageGroup: 'Age group',
    sector: 'Sector',
    topics: 'Topics',
    referrals: 'Referrals',
    visitDate: 'Visit date',
    dateHelp: 'Change it only when logging an earlier visit late.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    clear: 'Clear form',
    cancelEdit: 'Cancel editing',
    chooseAgeGroup: 'Choose an age group.',
    chooseSector: 'Choose a sector.',
    badDate: 'Enter a real date that is not in the future.',
    fixErrors: 'The visit was not saved. Correct the marked fields.',
    notEnrolled:
      'The visit was not saved: this device is not enrolled at a point. The form keeps what you entered.',
    enrolLink: 'Enrol device',
    storageFull:
      'The visit was not saved: the storage on this device is full. The form and the visits saved earlier are kept. Free some space or ask your administrator for help.',
    writeFailed: 'The visit was not saved ({message}). The form keeps what you entered. Try again.',
    invalidVisit: 'The visit was not saved because the catalogue has changed ({message}). Check the choices.',
    draftFailed: 'The half-filled form could not be kept on this device. Save the visit soon.',
    printSlip: 'Print slip',
    slipFor: 'Slip',
    visits: 'Visits',
    newVisitTab: 'New visit',
    dayTabCount: 'Day’s visits ({n})',
    dayShown: 'Day shown',
    noVisits: 'No visits logged on this day.',
    total: 'Visits in total: {n}',
    countsCaption: 'Visits by age group and sector',
    totalColumn: 'Total',
    ageGroupColumn: 'Age group',
    edit: 'Edit',
    delete: 'Delete',
    deleted: 'Visit deleted.',
    undo: 'Undo',
    restored: 'Visit restored.',
    noTopics: 'no topics',
    noReferrals: 'no referrals',
    retired: 'retired from the catalogue',
    retiredHelp:
      'The marked choice is no longer in the catalogue. Tap it to remove it, or keep it if it describes the visit.',
    answerRequired: 'Answer this question.',
    clearAnswer: 'Clear answer',
    notServedHere: 'not among this point’s municipalities',
    noMunicipalities:
      'No municipalities have been chosen for this point yet. An admin chooses them in the service directory.',
    serviceLanguage: 'Language the client was served in',
    faceToFaceReasons: 'Why the client came in person',
    municipality: 'Client’s home municipality',
    channel: 'Walk-in or outreach',
  },
};
