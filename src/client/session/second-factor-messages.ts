import type { Messages } from '../ui/messages';

type Key =
  | 'code'
  | 'codeHelp'
  | 'codeTitle'
  | 'codeIntro'
  | 'wrongCode'
  | 'startAgain'
  | 'forcedTitle'
  | 'forcedIntro'
  | 'optInTitle'
  | 'optInIntro'
  | 'isOn'
  | 'begin'
  | 'scan'
  | 'qrLabel'
  | 'manualKey'
  | 'confirmCode'
  | 'confirm'
  | 'recoveryTitle'
  | 'recoveryIntro'
  | 'saved'
  | 'failed';

/** Texts of the second factor: the code at sign-in, enrolling an authenticator app, recovery codes. */
export const secondFactorMessages: Messages<Key> = {
  fi: {
    code: 'Vahvistuskoodi',
    codeHelp: 'Todennussovelluksen 6-numeroinen koodi tai yksi varakoodeistasi.',
    codeTitle: 'Anna vahvistuskoodi',
    codeIntro: 'Tunnuksellasi on toinen tunnistustekijä. Avaa todennussovellus puhelimessasi.',
    wrongCode:
      'Koodi on väärä tai jo käytetty. Anna sovelluksen nyt näyttämä koodi tai käyttämätön varakoodi.',
    startAgain: 'Aloita alusta',
    forcedTitle: 'Ota käyttöön toinen tunnistustekijä',
    forcedIntro:
      'Ylläpitäjät kirjautuvat salasanan lisäksi todennussovelluksen koodilla. Tarvitset puhelimeen sovelluksen, esimerkiksi Microsoft Authenticator tai Google Authenticator.',
    optInTitle: 'Toinen tunnistustekijä',
    optInIntro:
      'Salasanan lisäksi todennussovelluksen koodi: pelkällä varastetulla salasanalla ei pääse sisään.',
    isOn: 'Käytössä: annat todennussovelluksen koodin joka kirjautumisessa. Jos puhelin katoaa, ylläpitäjä voi poistaa sen.',
    begin: 'Ota käyttöön',
    scan: 'Lue QR-koodi todennussovelluksella.',
    qrLabel: 'QR-koodi todennussovellukselle',
    manualKey: 'Tai kirjoita sovellukseen tämä avain:',
    confirmCode: 'Sovelluksen näyttämä koodi',
    confirm: 'Vahvista',
    recoveryTitle: 'Varakoodisi',
    recoveryIntro:
      'Jokainen koodi toimii kerran, jos puhelin ei ole käsillä. Tallenna tai tulosta ne nyt: niitä ei näytetä uudelleen.',
    saved: 'Olen tallentanut koodit, jatka',
    failed: 'Ei onnistunut:',
  },
  sv: {
    code: 'Verifieringskod',
    codeHelp: 'Den sexsiffriga koden i autentiseringsappen eller en av dina reservkoder.',
    codeTitle: 'Ange verifieringskoden',
    codeIntro: 'Ditt konto har en andra autentiseringsfaktor. Öppna autentiseringsappen i telefonen.',
    wrongCode: 'Koden är fel eller redan använd. Ange koden som appen visar nu eller en oanvänd reservkod.',
    startAgain: 'Börja om',
    forcedTitle: 'Ta i bruk en andra autentiseringsfaktor',
    forcedIntro:
      'Administratörer loggar in med lösenord och en kod från en autentiseringsapp. Du behöver en app i telefonen, till exempel Microsoft Authenticator eller Google Authenticator.',
    optInTitle: 'Andra autentiseringsfaktor',
    optInIntro:
      'En kod från autentiseringsappen utöver lösenordet: ett stulet lösenord räcker inte för att logga in.',
    isOn: 'I bruk: du anger en kod från autentiseringsappen vid varje inloggning. Om telefonen försvinner kan en administratör ta bort faktorn.',
    begin: 'Ta i bruk',
    scan: 'Skanna QR-koden med autentiseringsappen.',
    qrLabel: 'QR-kod för autentiseringsappen',
    manualKey: 'Eller skriv in den här nyckeln i appen:',
    confirmCode: 'Koden som appen visar',
    confirm: 'Bekräfta',
    recoveryTitle: 'Dina reservkoder',
    recoveryIntro:
      'Varje kod kan användas en gång om telefonen inte finns till hands. Spara eller skriv ut dem nu: de visas inte igen.',
    saved: 'Jag har sparat koderna, fortsätt',
    failed: 'Det lyckades inte:',
  },
  en: {
    code: 'Verification code',
    codeHelp: 'The 6-digit code of your authenticator app, or one of your recovery codes.',
    codeTitle: 'Give your verification code',
    codeIntro: 'Your account has a second factor. Open the authenticator app on your phone.',
    wrongCode:
      'The code is wrong or already used. Give the code the app shows now, or an unused recovery code.',
    startAgain: 'Start again',
    forcedTitle: 'Set up a second factor',
    forcedIntro:
      'Admins sign in with their password and a code from an authenticator app. You need an app on your phone, such as Microsoft Authenticator or Google Authenticator.',
    optInTitle: 'Second factor',
    optInIntro:
      'A code from an authenticator app besides your password: a stolen password alone does not let anyone in.',
    isOn: 'On: you give a code from your authenticator app at every sign-in. If the phone is lost, an admin can reset it.',
    begin: 'Set it up',
    scan: 'Scan the QR code with your authenticator app.',
    qrLabel: 'QR code for the authenticator app',
    manualKey: 'Or type this key into the app:',
    confirmCode: 'Code the app shows',
    confirm: 'Confirm',
    recoveryTitle: 'Your recovery codes',
    recoveryIntro:
      'Each code works once when your phone is not at hand. Save or print them now: they are not shown again.',
    saved: 'I have saved the codes, continue',
    failed: 'That did not work:',
  },
};
