import type { Lang } from '../../domain/lang';
import type { ApiErrorCode } from './api-client';

type Key = ApiErrorCode | 'other' | 'details';

/**
 * What each failure means to a person, and what to do, in the page's language: one sentence per
 * server code (a new code in `errorCodes` fails tsc until it has its three texts here), plus
 * `other` for a failure that is not the server's answer and `details` to lead the server's specifics.
 */
export const errorTexts: Record<Lang, Record<Key, string>> = {
  fi: {
    'bad-request': 'Palvelin ei ymmärtänyt pyyntöä. Päivitä sivu ja yritä uudelleen.',
    'invalid-body': 'Jokin annetuista tiedoista ei kelpaa. Tarkista kentät ja yritä uudelleen.',
    'malformed-json': 'Palvelin ei pystynyt lukemaan lähetettyjä tietoja. Päivitä sivu ja yritä uudelleen.',
    'unsupported-media-type':
      'Palvelin ei hyväksy lähetettyjen tietojen muotoa. Päivitä sivu ja yritä uudelleen.',
    'body-too-large': 'Lähetys on liian suuri. Lähetä vähemmän kerralla tai pienempi tiedosto.',
    'too-many-requests': 'Liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
    'not-found': 'Pyydettyä tietoa ei löytynyt; se on ehkä poistettu. Päivitä sivu.',
    'request-failed': 'Palvelin hylkäsi pyynnön. Päivitä sivu ja yritä uudelleen.',
    'server-error':
      'Palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen; jos virhe toistuu, ota yhteyttä IT-tukeen.',
    'shutting-down': 'Palvelin käynnistyy uudelleen. Yritä hetken kuluttua uudelleen.',
    'database-unavailable':
      'Palvelimen tietokanta ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
    'bad-authorization': 'Kirjautumista ei hyväksytty. Kirjaudu uudelleen.',
    'not-signed-in': 'Et ole kirjautunut, tai kirjautumisesi on päättynyt. Kirjaudu sisään.',
    forbidden: 'Sinulla ei ole oikeutta tähän. Pyydä oikeutta ylläpitäjältä.',
    'cross-site-request':
      'Pyyntö tuli toiselta sivustolta, joten se hylättiin. Avaa Neuvo sen omasta osoitteesta ja yritä uudelleen.',
    'people-only': 'Tämän voi tehdä vain kirjautunut henkilö, ei liitetty tabletti. Kirjaudu sisään.',
    'device-only': 'Tämän voi tehdä vain neuvontapisteeseen liitetty tabletti.',
    'no-token': 'Tablettia ei ole liitetty. Liitä se ylläpitäjältä saadulla liittämiskoodilla.',
    'unknown-device':
      'Palvelin ei tunne tätä tablettia. Liitä se uudelleen ylläpitäjältä saadulla liittämiskoodilla.',
    'device-revoked':
      'Tämän tabletin liitos on peruttu. Liitä se uudelleen ylläpitäjältä saadulla liittämiskoodilla.',
    'bad-credentials': 'Käyttäjätunnus tai salasana on väärin. Tarkista ne ja yritä uudelleen.',
    'too-many-login-failures':
      'Liian monta epäonnistunutta kirjautumista. Odota muutama minuutti ja yritä uudelleen.',
    'already-set-up': 'Neuvolla on jo ylläpitäjä. Kirjaudu sisään.',
    'bad-setup-code':
      'Käyttöönottokoodi on väärä, vanhentunut tai lukittu. Käytä koodia, jonka palvelin tulosti käynnistyessään; uuden saa käynnistämällä palvelimen uudelleen.',
    'bad-enrolment-code':
      'Liittämiskoodi on tuntematon, jo käytetty tai vanhentunut. Pyydä ylläpitäjältä uusi koodi.',
    'enrolment-code-locked':
      'Liittämiskoodi lukittiin liian monen väärän yrityksen jälkeen. Pyydä ylläpitäjältä uusi koodi.',
    'account-disabled': 'Tämä tunnus on poistettu käytöstä. Ota yhteyttä ylläpitäjään.',
    'password-change-required': 'Ylläpitäjä asetti salasanasi. Vaihda ensin oma salasana.',
    'second-factor-required':
      'Kirjautuminen vaatii toisen tunnistustekijän. Anna sovelluksen koodi tai varakoodi.',
    'bad-second-factor-code':
      'Koodi on väärä tai jo käytetty. Anna sovelluksen nyt näyttämä koodi tai käyttämätön varakoodi.',
    'second-factor-enrolment-required': 'Ota ensin käyttöön toinen tunnistustekijä.',
    'second-factor-exists': 'Toinen tunnistustekijäsi on jo käytössä.',
    'weak-password':
      'Salasana on liian lyhyt tai liian helppo arvata. Valitse pidempi salasana, esimerkiksi usean sanan lause.',
    'wrong-current-password': 'Nykyinen salasana on väärin. Kirjoita se uudelleen.',
    'same-password': 'Uusi salasana on sama kuin nykyinen. Valitse eri salasana.',
    'last-admin':
      'Tämä on ainoa käytössä oleva ylläpitäjä, eikä kukaan muu voisi hallita käyttöoikeuksia. Tee ensin jostakusta toisesta ylläpitäjä; sitten tämän tunnuksen voi poistaa käytöstä tai tehdä esihenkilöksi.',
    'unknown-user': 'Tunnusta ei löytynyt. Päivitä sivu.',
    'unknown-session': 'Kirjautumista ei löytynyt; se on ehkä jo päättynyt. Päivitä sivu.',
    'unknown-point': 'Neuvontapistettä ei löytynyt. Päivitä sivu, tai lisää neuvontapiste ensin.',
    'point-exists': 'Samalla tunnuksella on jo neuvontapiste. Valitse toinen tunnus.',
    'not-your-point':
      'Sinulla ei ole oikeutta tämän neuvontapisteen tietoihin. Pyydä oikeutta ylläpitäjältä.',
    'future-month': 'Valittu kuukausi ei ole vielä alkanut. Valitse kuluva tai aiempi kuukausi.',
    'no-points': 'Tunnuksellesi ei ole vielä annettu neuvontapisteitä. Pyydä ylläpitäjää lisäämään ne.',
    'username-taken': 'Käyttäjätunnus on jo käytössä. Valitse toinen tunnus.',
    'unknown-referral': 'Ohjausta ei ole luokituksessa. Päivitä sivu ja valitse ohjaus uudelleen.',
    'unknown-catalogue-version': 'Luokituksen versiota ei löytynyt. Päivitä sivu.',
    'no-draft': 'Luokituksesta ei ole luonnosta. Aloita luonnos voimassa olevasta versiosta.',
    'draft-changed':
      'Joku muu tallensi luonnoksen sen jälkeen, kun avasit sen. Lataa luonnos uudelleen ja tee muutoksesi uudelleen.',
    'if-match-required': 'Luonnos on jo olemassa. Lataa se uudelleen ja tee muutoksesi siihen.',
    'draft-has-problems':
      'Luonnosta ei voi julkaista ennen kuin sen ongelmat on korjattu. Korjaa alla näkyvät kohdat.',
    'not-xlsx':
      'Tiedosto ei ole Excel-työkirja (.xlsx). Lataa luonnos XLSX-muodossa, muokkaa sitä ja tallenna se .xlsx-tiedostona.',
    'spreadsheet-invalid':
      'Taulukossa on virheitä, eikä sitä tuotu. Korjaa alla näkyvät kohdat ja tuo se uudelleen.',
    'unknown-municipality': 'Jokin kunnista on tuntematon. Valitse kunnat uudelleen.',
    'metrics-off': 'Mittarit eivät ole käytössä tällä palvelimella.',
    'bad-metrics-token': 'Mittareiden tunniste on väärä.',
    network: 'Ei yhteyttä palvelimeen. Tarkista verkkoyhteys ja yritä uudelleen.',
    'unexpected-answer':
      'Palvelin vastasi odottamattomasti. Päivitä sivu ja yritä uudelleen; sovellus on ehkä päivittynyt.',
    other: 'Jokin meni vikaan. Yritä uudelleen; jos virhe toistuu, ota yhteyttä IT-tukeen.',
    details: 'Lisätiedot:',
  },
  sv: {
    'bad-request': 'Servern förstod inte begäran. Ladda om sidan och försök igen.',
    'invalid-body': 'Någon av uppgifterna godtas inte. Kontrollera fälten och försök igen.',
    'malformed-json': 'Servern kunde inte läsa de skickade uppgifterna. Ladda om sidan och försök igen.',
    'unsupported-media-type':
      'Servern godtar inte formatet på de skickade uppgifterna. Ladda om sidan och försök igen.',
    'body-too-large': 'Det som skickades är för stort. Skicka mindre åt gången eller en mindre fil.',
    'too-many-requests': 'För många förfrågningar på kort tid. Vänta en stund och försök igen.',
    'not-found': 'Det efterfrågade hittades inte; det kan ha tagits bort. Ladda om sidan.',
    'request-failed': 'Servern avvisade begäran. Ladda om sidan och försök igen.',
    'server-error':
      'Ett fel uppstod på servern. Försök igen om en stund; kontakta IT-supporten om felet upprepas.',
    'shutting-down': 'Servern startas om. Försök igen om en stund.',
    'database-unavailable': 'Serverns databas är inte tillgänglig just nu. Försök igen om en stund.',
    'bad-authorization': 'Inloggningen godtogs inte. Logga in igen.',
    'not-signed-in': 'Du är inte inloggad, eller så har din inloggning avslutats. Logga in.',
    forbidden: 'Du har inte behörighet till detta. Be en administratör om behörighet.',
    'cross-site-request':
      'Begäran kom från en annan webbplats och avvisades. Öppna Neuvo på dess egen adress och försök igen.',
    'people-only': 'Detta kan bara en inloggad person göra, inte en ansluten surfplatta. Logga in.',
    'device-only': 'Detta kan bara en surfplatta som är ansluten till en rådgivningspunkt göra.',
    'no-token': 'Surfplattan är inte ansluten. Anslut den med en anslutningskod från en administratör.',
    'unknown-device':
      'Servern känner inte igen surfplattan. Anslut den på nytt med en anslutningskod från en administratör.',
    'device-revoked':
      'Surfplattans anslutning har återkallats. Anslut den på nytt med en anslutningskod från en administratör.',
    'bad-credentials': 'Användarnamnet eller lösenordet är fel. Kontrollera dem och försök igen.',
    'too-many-login-failures': 'För många misslyckade inloggningar. Vänta några minuter och försök igen.',
    'already-set-up': 'Neuvo har redan en administratör. Logga in.',
    'bad-setup-code':
      'Engångskoden är fel, har gått ut eller är låst. Använd koden som servern skrev ut när den startade; en ny fås genom att starta om servern.',
    'bad-enrolment-code':
      'Anslutningskoden är okänd, redan använd eller har gått ut. Be en administratör om en ny kod.',
    'enrolment-code-locked':
      'Anslutningskoden låstes efter för många felaktiga försök. Be en administratör om en ny kod.',
    'account-disabled': 'Kontot har stängts av. Kontakta en administratör.',
    'password-change-required':
      'En administratör har ställt in ditt lösenord. Byt först till ett eget lösenord.',
    'second-factor-required':
      'Inloggningen kräver en andra autentiseringsfaktor. Ange koden från appen eller en reservkod.',
    'bad-second-factor-code':
      'Koden är fel eller redan använd. Ange koden som appen visar nu eller en oanvänd reservkod.',
    'second-factor-enrolment-required': 'Ställ först in en andra autentiseringsfaktor.',
    'second-factor-exists': 'Din andra autentiseringsfaktor är redan inställd.',
    'weak-password':
      'Lösenordet är för kort eller för lätt att gissa. Välj ett längre lösenord, till exempel en mening med flera ord.',
    'wrong-current-password': 'Det nuvarande lösenordet är fel. Skriv det igen.',
    'same-password': 'Det nya lösenordet är detsamma som det nuvarande. Välj ett annat lösenord.',
    'last-admin':
      'Detta är den enda administratören i bruk, och ingen annan skulle kunna hantera behörigheterna. Gör först någon annan till administratör; sedan kan detta konto stängas av eller göras till förman.',
    'unknown-user': 'Kontot hittades inte. Ladda om sidan.',
    'unknown-session': 'Inloggningen hittades inte; den kan redan ha avslutats. Ladda om sidan.',
    'unknown-point':
      'Rådgivningspunkten hittades inte. Ladda om sidan, eller lägg först till rådgivningspunkten.',
    'point-exists': 'Det finns redan en rådgivningspunkt med samma beteckning. Välj en annan beteckning.',
    'not-your-point':
      'Du har inte behörighet till den här rådgivningspunktens uppgifter. Be en administratör om behörighet.',
    'future-month': 'Den valda månaden har inte börjat ännu. Välj innevarande eller en tidigare månad.',
    'no-points': 'Ditt konto har ännu inga rådgivningspunkter. Be en administratör att lägga till dem.',
    'username-taken': 'Användarnamnet är redan upptaget. Välj ett annat användarnamn.',
    'unknown-referral':
      'Hänvisningen finns inte i klassificeringen. Ladda om sidan och välj hänvisningen igen.',
    'unknown-catalogue-version': 'Klassificeringens version hittades inte. Ladda om sidan.',
    'no-draft':
      'Det finns inget utkast till klassificeringen. Påbörja ett utkast från den gällande versionen.',
    'draft-changed':
      'Någon annan sparade utkastet efter att du öppnade det. Ladda utkastet på nytt och gör dina ändringar igen.',
    'if-match-required': 'Det finns redan ett utkast. Ladda det på nytt och gör dina ändringar i det.',
    'draft-has-problems':
      'Utkastet kan inte publiceras förrän felen har rättats. Rätta felen som visas nedan.',
    'not-xlsx':
      'Filen är inte en Excel-arbetsbok (.xlsx). Ladda ner utkastet som XLSX, redigera det och spara det som .xlsx.',
    'spreadsheet-invalid':
      'Kalkylbladet innehåller fel och importerades inte. Rätta felen nedan och importera det igen.',
    'unknown-municipality': 'En av kommunerna är okänd. Välj kommunerna igen.',
    'metrics-off': 'Mätvärdena är inte aktiverade på den här servern.',
    'bad-metrics-token': 'Mätvärdenas token är fel.',
    network: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
    'unexpected-answer':
      'Servern gav ett oväntat svar. Ladda om sidan och försök igen; appen kan ha uppdaterats.',
    other: 'Något gick fel. Försök igen; kontakta IT-supporten om felet upprepas.',
    details: 'Detaljer:',
  },
  en: {
    'bad-request': 'The server did not understand the request. Reload the page and try again.',
    'invalid-body': 'Some of what you entered is not valid. Check the fields and try again.',
    'malformed-json': 'The server could not read what was sent. Reload the page and try again.',
    'unsupported-media-type':
      'The server does not accept the form of what was sent. Reload the page and try again.',
    'body-too-large': 'What was sent is too large. Send less at a time, or a smaller file.',
    'too-many-requests': 'Too many requests in a short time. Wait a moment and try again.',
    'not-found': 'What was asked for was not found; it may have been removed. Reload the page.',
    'request-failed': 'The server refused the request. Reload the page and try again.',
    'server-error':
      'Something failed on the server. Try again in a moment; if it keeps happening, contact IT support.',
    'shutting-down': 'The server is restarting. Try again in a moment.',
    'database-unavailable': "The server's database is not available right now. Try again in a moment.",
    'bad-authorization': 'The sign-in was not accepted. Sign in again.',
    'not-signed-in': 'You are not signed in, or your sign-in has ended. Sign in.',
    forbidden: 'You may not do this. Ask an administrator for the right to do it.',
    'cross-site-request':
      'The request came from another site and was refused. Open Neuvo at its own address and try again.',
    'people-only': 'Only a signed-in person can do this, not an enrolled tablet. Sign in.',
    'device-only': 'Only a tablet enrolled at an advice point can do this.',
    'no-token': 'This tablet is not enrolled. Enrol it with an enrolment code from an administrator.',
    'unknown-device':
      'The server does not know this tablet. Enrol it again with an enrolment code from an administrator.',
    'device-revoked':
      "This tablet's enrolment was revoked. Enrol it again with an enrolment code from an administrator.",
    'bad-credentials': 'The username or password is wrong. Check them and try again.',
    'too-many-login-failures': 'Too many failed sign-ins. Wait a few minutes and try again.',
    'already-set-up': 'Neuvo already has an administrator. Sign in instead.',
    'bad-setup-code':
      'The setup code is wrong, expired or locked. Use the code the server printed when it started; restart the server to get a new one.',
    'bad-enrolment-code':
      'The enrolment code is unknown, already used or expired. Ask an administrator for a new code.',
    'enrolment-code-locked':
      'The enrolment code was locked after too many wrong tries. Ask an administrator for a new code.',
    'account-disabled': 'This account has been disabled. Ask an administrator.',
    'password-change-required': 'An administrator set your password. Choose your own password first.',
    'second-factor-required':
      'Signing in needs your second factor. Give the code from your app, or a recovery code.',
    'bad-second-factor-code':
      'The code is wrong or already used. Give the code the app shows now, or an unused recovery code.',
    'second-factor-enrolment-required': 'Set up your second factor first.',
    'second-factor-exists': 'Your second factor is already set up.',
    'weak-password':
      'The password is too short or too easy to guess. Choose a longer one, for example a phrase of several words.',
    'wrong-current-password': 'The current password is wrong. Type it again.',
    'same-password': 'The new password is the same as the current one. Choose a different one.',
    'last-admin':
      'This is the only active admin, and nobody else could manage access. Make someone else an admin first; then this account can be disabled or made a supervisor.',
    'unknown-user': 'No such account. Reload the page.',
    'unknown-session': 'No such sign-in; it may have ended already. Reload the page.',
    'unknown-point': 'No such advice point. Reload the page, or add the advice point first.',
    'point-exists': 'An advice point with this ID already exists. Choose another ID.',
    'not-your-point': "You may not see this advice point's data. Ask an administrator for access.",
    'future-month': 'The chosen month has not begun yet. Choose this month or an earlier one.',
    'no-points': 'Your account has no advice points yet. Ask an administrator to add them.',
    'username-taken': 'This username is already taken. Choose another one.',
    'unknown-referral':
      'This referral is not in the catalogue. Reload the page and choose the referral again.',
    'unknown-catalogue-version': 'No such catalogue version. Reload the page.',
    'no-draft': 'There is no catalogue draft. Start one from the version in force.',
    'draft-changed':
      'Someone else saved the draft after you opened it. Reload the draft and make your changes again.',
    'if-match-required': 'A draft already exists. Reload it and make your changes there.',
    'draft-has-problems':
      'The draft cannot be published until its problems are fixed. Fix the ones shown below.',
    'not-xlsx':
      'The file is not an Excel workbook (.xlsx). Download the draft as XLSX, edit it and save it as .xlsx.',
    'spreadsheet-invalid':
      'The spreadsheet has errors and was not imported. Fix the ones shown below and import it again.',
    'unknown-municipality': 'One of the municipalities is not known. Choose the municipalities again.',
    'metrics-off': 'Metrics are not turned on on this server.',
    'bad-metrics-token': 'The metrics token is wrong.',
    network: 'No connection to the server. Check the network and try again.',
    'unexpected-answer':
      'The server gave an unexpected answer. Reload the page and try again; the app may have been updated.',
    other: 'Something went wrong. Try again; if it keeps happening, contact IT support.',
    details: 'Details:',
  },
};
