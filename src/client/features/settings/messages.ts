import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'deskSector'
  | 'noDesk'
  | 'slipFormat'
  | 'a5'
  | 'receipt'
  | 'language'
  | 'saved'
  | 'saveFailed'
  | 'storage'
  | 'persisted'
  | 'notPersisted'
  | 'persist'
  | 'persistRefused'
  | 'noPersistApi'
  | 'homeScreen'
  | 'used'
  | 'noEstimate'
  | 'catalogue'
  | 'catalogueVersion'
  | 'catalogueFetched'
  | 'catalogueBuiltIn';

/** Texts of the tablet's settings page. */
export const settingsMessages: Messages<Key> = {
  fi: {
    title: 'Asetukset',
    deskSector: 'Oletusala uudelle käynnille',
    noDesk: 'Ei valintaa',
    slipFormat: 'Muistilapun paperi',
    a5: 'A5-arkki',
    receipt: '80 mm kuittirulla',
    language: 'Kieli',
    saved: 'Asetus tallennettu.',
    saveFailed: 'Asetusta ei voitu tallentaa tabletin muistiin.',
    storage: 'Tallennustila',
    persisted: 'Tiedot säilyvät tällä laitteella: selain ei poista niitä, vaikka tila vähenisi.',
    notPersisted:
      'Selain voi poistaa tämän laitteen tietoja, jos tila käy vähiin. Lähettämättömät käynnit voivat kadota.',
    persist: 'Säilytä tiedot tällä laitteella',
    persistRefused: 'Selain ei myöntänyt pysyvää tallennusta. Lisää Neuvo Koti-valikkoon ja yritä uudelleen.',
    noPersistApi: 'Tämä selain ei kerro, säilyvätkö tiedot pysyvästi. Lähetä käynnit palvelimelle usein.',
    homeScreen:
      'Lisää Neuvo Koti-valikkoon, jotta käynnit säilyvät. Selaimen välilehdessä Safari voi poistaa sivuston tiedot, kun sitä ei ole käytetty seitsemään päivään, ja lähettämättömät käynnit katoaisivat. Koti-valikon Neuvolla on omat tietonsa: lähetä käynnit ensin ja liitä laite siellä uudelleen.',
    used: 'Käytössä {used} / {quota}.',
    noEstimate: 'Selain ei kerro käytetyn tilan määrää.',
    catalogue: 'Luokitus',
    catalogueVersion: 'Uudet käynnit kirjataan luokituksen versiolla {version}.',
    catalogueFetched:
      'Haettu palvelimelta {time}. Tabletti hakee voimassa olevan version aina, kun sillä on yhteys.',
    catalogueBuiltIn:
      'Sovelluksen oma perusluokitus: voimassa olevaa versiota ei ole vielä haettu palvelimelta.',
  },
  sv: {
    title: 'Inställningar',
    deskSector: 'Förvalt tjänsteområde för ett nytt besök',
    noDesk: 'Inget förval',
    slipFormat: 'Papper för minneslappen',
    a5: 'A5-ark',
    receipt: '80 mm kvittorulle',
    language: 'Språk',
    saved: 'Inställningen har sparats.',
    saveFailed: 'Inställningen kunde inte sparas i surfplattans minne.',
    storage: 'Lagring',
    persisted:
      'Uppgifterna stannar på den här enheten: webbläsaren tar inte bort dem även om utrymmet blir knappt.',
    notPersisted:
      'Webbläsaren kan ta bort uppgifterna på den här enheten om utrymmet blir knappt. Besök som inte har skickats kan gå förlorade.',
    persist: 'Behåll uppgifterna på den här enheten',
    persistRefused:
      'Webbläsaren beviljade inte beständig lagring. Lägg till Neuvo på hemskärmen och försök igen.',
    noPersistApi:
      'Den här webbläsaren uppger inte om uppgifterna lagras beständigt. Skicka besöken ofta till servern.',
    homeScreen:
      'Lägg till Neuvo på hemskärmen så att besöken bevaras. I en webbläsarflik kan Safari ta bort webbplatsens uppgifter när den inte har använts på sju dagar, och besök som inte har skickats skulle gå förlorade. Neuvo på hemskärmen har egna uppgifter: skicka besöken först och anslut enheten på nytt där.',
    used: '{used} av {quota} används.',
    noEstimate: 'Webbläsaren uppger inte hur mycket utrymme som används.',
    catalogue: 'Klassificering',
    catalogueVersion: 'Nya besök registreras med klassificeringens version {version}.',
    catalogueFetched:
      'Hämtad från servern {time}. Surfplattan hämtar den gällande versionen varje gång den är uppkopplad.',
    catalogueBuiltIn:
      'Appens egen grundklassificering: den gällande versionen har ännu inte hämtats från servern.',
  },
  en: {
    title: 'Settings',
    deskSector: 'Default sector for a new visit',
    noDesk: 'None',
    slipFormat: 'Slip paper',
    a5: 'A5 sheet',
    receipt: '80 mm receipt roll',
    language: 'Language',
    saved: 'Setting saved.',
    saveFailed: 'The setting could not be saved on this tablet.',
    storage: 'Storage',
    persisted: 'Data stays on this tablet: the browser will not clear it when space runs low.',
    notPersisted:
      'The browser may clear the data on this tablet when space runs low. Visits not yet sent could be lost.',
    persist: 'Keep data on this tablet',
    persistRefused:
      'The browser did not grant persistent storage. Install the app on the home screen and try again.',
    noPersistApi:
      'This browser does not say whether data is kept persistently. Send visits to the server often.',
    homeScreen:
      'Add Neuvo to the Home Screen to keep visits safe. In a browser tab, Safari may clear the data of a site not used for seven days, and visits not yet sent would be lost. Neuvo on the Home Screen keeps its own data: send the visits first, then enrol the tablet again there.',
    used: 'Used {used} of {quota}.',
    noEstimate: 'This browser does not say how much space is used.',
    catalogue: 'Catalogue',
    catalogueVersion: 'New visits are logged with catalogue version {version}.',
    catalogueFetched:
      'Fetched from the server {time}. The tablet fetches the version in force whenever it is online.',
    catalogueBuiltIn:
      'The app’s built-in reference catalogue: the version in force has not been fetched from the server yet.',
  },
};
