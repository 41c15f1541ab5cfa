import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'intro'
  | 'backToAdmin'
  | 'loading'
  | 'failed'
  | 'inForce'
  | 'history'
  | 'versionHeading'
  | 'publishedBy'
  | 'publishedByServer'
  | 'noChanges'
  | 'noDraft'
  | 'startDraft'
  | 'draft'
  | 'draftBasedOn'
  | 'unsaved'
  | 'note'
  | 'noteHelp'
  | 'saveDraft'
  | 'draftSaved'
  | 'publish'
  | 'published'
  | 'discard'
  | 'confirmDiscard'
  | 'confirmYes'
  | 'cancel'
  | 'discarded'
  | 'conflict'
  | 'reload'
  | 'problemsTitle'
  | 'questions'
  | 'enabled'
  | 'required'
  | 'code'
  | 'codeHelp'
  | 'topicCodeHelp'
  | 'inFinnish'
  | 'inSwedish'
  | 'inEnglish'
  | 'group'
  | 'noGroup'
  | 'nextStep'
  | 'nextFixed'
  | 'retiredEntry'
  | 'continues'
  | 'continuesHelp'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'addEntry'
  | 'newEntry'
  | 'preview'
  | 'previewHelp'
  | 'previewLanguage'
  | 'spreadsheet'
  | 'spreadsheetHelp'
  | 'download'
  | 'uploadFile'
  | 'upload'
  | 'uploaded'
  | 'sheetProblemsTitle'
  | 'sheetProblem'
  | 'fixCodes';

/** Texts of the catalogue page (admins). Lists, questions, changes and problems are in words.ts. */
export const catalogueMessages: Messages<Key> = {
  fi: {
    title: 'Luokitus',
    intro:
      'Luokitus määrää, mitä neuvontapisteissä kirjataan. Muutokset tehdään luonnokseen, ja julkaistu versio tulee voimaan heti: tabletit ottavat sen käyttöön, kun ne ovat seuraavan kerran verkossa. Julkaistu koodi säilyttää merkityksensä aina: nimen voi muuttaa, mutta koodin merkitystä ei.',
    backToAdmin: 'Takaisin ylläpitoon',
    loading: 'Ladataan…',
    failed: 'Ei onnistunut:',
    inForce: 'Voimassa oleva versio: {version}',
    history: 'Julkaistut versiot',
    versionHeading: 'Versio {number} ({version})',
    publishedBy: 'Julkaisi {who} {time}',
    publishedByServer: 'Palvelimen perusluokitus, {time}',
    noChanges: 'Ei muutoksia edelliseen versioon.',
    noDraft: 'Luonnosta ei ole. Aloita luonnos voimassa olevasta versiosta.',
    startDraft: 'Aloita luonnos',
    draft: 'Luonnos',
    draftBasedOn: 'Perustuu versioon {version}. Viimeksi tallentanut {who} {time}.',
    unsaved: 'Luonnoksessa on tallentamattomia muutoksia.',
    note: 'Mitä muuttuu',
    noteHelp: 'Näkyy versiohistoriassa, esim. ”TE-palvelut siirtyivät kunnille 1.1.2025”.',
    saveDraft: 'Tallenna luonnos',
    draftSaved: 'Luonnos tallennettu.',
    publish: 'Julkaise',
    published:
      'Versio {version} on julkaistu ja voimassa. Tabletit ottavat sen käyttöön, kun ne ovat seuraavan kerran verkossa.',
    discard: 'Hylkää luonnos',
    confirmDiscard: 'Hylätäänkö luonnos ja kaikki sen muutokset?',
    confirmYes: 'Kyllä, hylkää',
    cancel: 'Peruuta',
    discarded: 'Luonnos hylätty.',
    conflict:
      'Joku muu tallensi luonnoksen sillä välin, joten muutoksiasi ei tallennettu. Lataa luonnos uudelleen ja tee muutokset siihen.',
    reload: 'Lataa luonnos uudelleen',
    problemsTitle: 'Versiota ei julkaistu. Korjaa nämä kohdat ja julkaise uudelleen:',
    questions: 'Vapaaehtoiset kysymykset',
    enabled: 'Kysytään',
    required: 'Pakollinen',
    code: 'Koodi',
    codeHelp: 'Pienet kirjaimet, numerot, pisteet (.) ja yhdysmerkit (-). Julkaistua koodia ei voi muuttaa.',
    topicCodeHelp: 'Asian koodi alkaa asiaryhmän koodilla ja pisteellä (.), esim. social.housing.',
    inFinnish: 'suomeksi',
    inSwedish: 'ruotsiksi',
    inEnglish: 'englanniksi',
    group: 'Ryhmä',
    noGroup: 'ei ryhmää',
    nextStep: 'Seuraava askel',
    nextFixed: 'Julkaistun ohjauksen seuraavaa askelta ei voi muuttaa: poista se käytöstä ja lisää uusi.',
    retiredEntry: 'Poistettu käytöstä',
    continues: 'Jatkaa koodeja',
    continuesHelp: 'Käytöstä poistetut koodit, joiden käynnit tilastoidaan tämän koodin alle.',
    moveUp: 'Siirrä ylös',
    moveDown: 'Siirrä alas',
    remove: 'Poista uusi kohta',
    addEntry: 'Lisää kohta',
    newEntry: 'uusi kohta',
    preview: 'Esikatselu: käynnin kirjaus',
    previewHelp: 'Näin henkilökunta näkee luonnoksen kirjauslomakkeella.',
    previewLanguage: 'Esikatselun kieli',
    spreadsheet: 'Taulukkona (XLSX)',
    spreadsheetHelp:
      'Lataa luonnos (tai voimassa oleva versio) Exceliin käännettäväksi ja tuo se takaisin luonnokseksi. Mitään ei muuteta, ennen kuin koko tiedosto on kunnossa.',
    download: 'Lataa XLSX',
    uploadFile: 'XLSX-tiedosto',
    upload: 'Tuo luonnokseksi',
    uploaded: 'Taulukko tuotu luonnokseksi.',
    sheetProblemsTitle: 'Taulukkoa ei tuotu. Korjaa nämä kohdat:',
    sheetProblem: '{sheet}, rivi {row}, {column}: {message}',
    fixCodes: 'Luonnosta ei tallennettu: korjaa merkityt koodit.',
  },
  sv: {
    title: 'Klassificering',
    intro:
      'Klassificeringen avgör vad som registreras vid rådgivningspunkterna. Ändringar görs i ett utkast, och en publicerad version gäller genast: surfplattorna tar den i bruk nästa gång de är uppkopplade. En publicerad kod behåller alltid sin betydelse: benämningen kan ändras, betydelsen inte.',
    backToAdmin: 'Tillbaka till administrationen',
    loading: 'Laddar…',
    failed: 'Misslyckades:',
    inForce: 'Gällande version: {version}',
    history: 'Publicerade versioner',
    versionHeading: 'Version {number} ({version})',
    publishedBy: 'Publicerad av {who} {time}',
    publishedByServer: 'Serverns grundklassificering, {time}',
    noChanges: 'Inga ändringar jämfört med föregående version.',
    noDraft: 'Det finns inget utkast. Påbörja ett utkast utifrån den gällande versionen.',
    startDraft: 'Påbörja ett utkast',
    draft: 'Utkast',
    draftBasedOn: 'Utgår från version {version}. Senast sparat av {who} {time}.',
    unsaved: 'Utkastet har ändringar som inte har sparats.',
    note: 'Vad ändras',
    noteHelp: 'Syns i versionshistoriken, t.ex. ”TE-tjänsterna överfördes till kommunerna 1.1.2025”.',
    saveDraft: 'Spara utkastet',
    draftSaved: 'Utkastet har sparats.',
    publish: 'Publicera',
    published:
      'Version {version} har publicerats och gäller. Surfplattorna tar den i bruk nästa gång de är uppkopplade.',
    discard: 'Förkasta utkastet',
    confirmDiscard: 'Vill du förkasta utkastet och alla dess ändringar?',
    confirmYes: 'Ja, förkasta',
    cancel: 'Avbryt',
    discarded: 'Utkastet har förkastats.',
    conflict:
      'Någon annan sparade utkastet under tiden, så dina ändringar sparades inte. Ladda utkastet på nytt och gör ändringarna i det.',
    reload: 'Ladda utkastet på nytt',
    problemsTitle: 'Versionen publicerades inte. Rätta följande och publicera på nytt:',
    questions: 'Frivilliga frågor',
    enabled: 'Frågas',
    required: 'Obligatorisk',
    code: 'Kod',
    codeHelp: 'Små bokstäver, siffror, punkter (.) och bindestreck (-). En publicerad kod kan inte ändras.',
    topicCodeHelp: 'Ett ärendes kod börjar med ärendegruppens kod och en punkt (.), t.ex. social.housing.',
    inFinnish: 'på finska',
    inSwedish: 'på svenska',
    inEnglish: 'på engelska',
    group: 'Grupp',
    noGroup: 'ingen grupp',
    nextStep: 'Nästa steg',
    nextFixed: 'Nästa steg för en publicerad hänvisning kan inte ändras: ta den ur bruk och lägg till en ny.',
    retiredEntry: 'Tagen ur bruk',
    continues: 'Fortsätter koderna',
    continuesHelp: 'Koder som tagits ur bruk och vars besök räknas under den här koden i statistiken.',
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ned',
    remove: 'Ta bort den nya posten',
    addEntry: 'Lägg till en post',
    newEntry: 'ny post',
    preview: 'Förhandsvisning: registrering av besök',
    previewHelp: 'Så här ser personalen utkastet i registreringsformuläret.',
    previewLanguage: 'Förhandsvisningens språk',
    spreadsheet: 'Som kalkylblad (XLSX)',
    spreadsheetHelp:
      'Ladda ner utkastet (eller den gällande versionen) till Excel för översättning och importera det sedan som utkast. Ingenting ändras förrän hela filen är i ordning.',
    download: 'Ladda ner XLSX',
    uploadFile: 'XLSX-fil',
    upload: 'Importera som utkast',
    uploaded: 'Kalkylbladet har importerats som utkast.',
    sheetProblemsTitle: 'Kalkylbladet importerades inte. Rätta följande:',
    sheetProblem: '{sheet}, rad {row}, {column}: {message}',
    fixCodes: 'Utkastet sparades inte: rätta de markerade koderna.',
  },
  en: {
    title: 'Catalogue',
    intro:
      'The catalogue decides what the advice points record. Changes are made in a draft, and a published version is in force at once: tablets take it up the next time they are online. A published code keeps its meaning for ever: its label can change, its meaning cannot.',
    backToAdmin: 'Back to administration',
    loading: 'Loading…',
    failed: 'Did not work:',
    inForce: 'Version in force: {version}',
    history: 'Published versions',
    versionHeading: 'Version {number} ({version})',
    publishedBy: 'Published by {who} {time}',
    publishedByServer: 'The server’s reference catalogue, {time}',
    noChanges: 'No changes from the version before.',
    noDraft: 'There is no draft. Start one from the version in force.',
    startDraft: 'Start a draft',
    draft: 'Draft',
    draftBasedOn: 'Based on version {version}. Last saved by {who} {time}.',
    unsaved: 'The draft has changes that are not saved.',
    note: 'What changes',
    noteHelp:
      'Shown in the version history, e.g. "Employment services moved to the municipalities on 1.1.2025".',
    saveDraft: 'Save draft',
    draftSaved: 'Draft saved.',
    publish: 'Publish',
    published:
      'Version {version} is published and in force. Tablets take it up the next time they are online.',
    discard: 'Throw the draft away',
    confirmDiscard: 'Throw the draft away with all its changes?',
    confirmYes: 'Yes, throw it away',
    cancel: 'Cancel',
    discarded: 'Draft thrown away.',
    conflict:
      'Someone else saved the draft meanwhile, so your changes were not saved. Reload the draft and make your changes in it.',
    reload: 'Reload the draft',
    problemsTitle: 'The version was not published. Correct these and publish again:',
    questions: 'Optional questions',
    enabled: 'Asked',
    required: 'Required',
    code: 'Code',
    codeHelp: 'Lower-case letters, digits, dots (.) and hyphens (-). A published code cannot change.',
    topicCodeHelp: 'A topic’s code starts with its topic group’s code and a dot (.), e.g. social.housing.',
    inFinnish: 'in Finnish',
    inSwedish: 'in Swedish',
    inEnglish: 'in English',
    group: 'Group',
    noGroup: 'no group',
    nextStep: 'Next step',
    nextFixed: 'The next step of a published referral cannot change: retire it and add a new one.',
    retiredEntry: 'Retired',
    continues: 'Continues the codes',
    continuesHelp: 'Retired codes whose visits are counted under this code in tallies.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove new entry',
    addEntry: 'Add an entry',
    newEntry: 'new entry',
    preview: 'Preview: the desk',
    previewHelp: 'This is how staff see the draft on the visit form.',
    previewLanguage: 'Language of the preview',
    spreadsheet: 'As a spreadsheet (XLSX)',
    spreadsheetHelp:
      'Download the draft (or the version in force) to Excel for translating, and upload it back into the draft. Nothing changes until the whole file is valid.',
    download: 'Download XLSX',
    uploadFile: 'XLSX file',
    upload: 'Upload into the draft',
    uploaded: 'Spreadsheet uploaded into the draft.',
    sheetProblemsTitle: 'The spreadsheet was not uploaded. Correct these:',
    sheetProblem: '{sheet}, row {row}, {column}: {message}',
    fixCodes: 'The draft was not saved: correct the marked codes.',
  },
};
