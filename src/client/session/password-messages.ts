import type { Messages } from '../ui/messages';

type Key =
  | 'forcedTitle'
  | 'forcedHelp'
  | 'changeTitle'
  | 'currentPassword'
  | 'newPassword'
  | 'newPasswordHelp'
  | 'repeatPassword'
  | 'notSame'
  | 'sameAsCurrent'
  | 'wrongCurrent'
  | 'tooManyAttempts'
  | 'offline'
  | 'failed'
  | 'change'
  | 'changeAndContinue'
  | 'changed'
  | 'myAccount';

/** Texts of changing one's own password: forced at sign-in, or from the account page. */
export const passwordMessages: Messages<Key> = {
  fi: {
    forcedTitle: 'Valitse oma salasana',
    forcedHelp: 'Ylläpitäjä asetti salasanasi. Valitse oma salasana ennen kuin jatkat.',
    changeTitle: 'Vaihda salasana',
    currentPassword: 'Nykyinen salasana',
    newPassword: 'Uusi salasana',
    newPasswordHelp: 'Vähintään 12 merkkiä. Muutama toisiinsa liittymätön sana peräkkäin on hyvä salasana.',
    repeatPassword: 'Uusi salasana uudelleen',
    notSame: 'Salasanat eivät ole samat. Kirjoita uusi salasana uudelleen.',
    sameAsCurrent: 'Valitse salasana, joka on eri kuin nykyinen.',
    wrongCurrent: 'Nykyinen salasana on väärin. Mitään ei muutettu.',
    tooManyAttempts: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    offline: 'Ei yhteyttä palvelimeen. Tarkista verkkoyhteys ja yritä uudelleen.',
    failed: 'Salasanan vaihto ei onnistunut:',
    change: 'Vaihda salasana',
    changeAndContinue: 'Vaihda salasana ja jatka',
    changed: 'Salasana vaihdettu. Muut kirjautumisesi päätettiin.',
    myAccount: 'Oma tili',
  },
  sv: {
    forcedTitle: 'Välj ett eget lösenord',
    forcedHelp: 'En administratör har angett ditt lösenord. Välj ett eget lösenord innan du fortsätter.',
    changeTitle: 'Byt lösenord',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    newPasswordHelp: 'Minst 12 tecken. Några ord utan samband efter varandra ger ett bra lösenord.',
    repeatPassword: 'Nytt lösenord igen',
    notSame: 'Lösenorden stämmer inte överens. Skriv det nya lösenordet igen.',
    sameAsCurrent: 'Välj ett lösenord som skiljer sig från det nuvarande.',
    wrongCurrent: 'Det nuvarande lösenordet är fel. Ingenting ändrades.',
    tooManyAttempts: 'För många försök. Vänta en stund och försök igen.',
    offline: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
    failed: 'Lösenordet kunde inte bytas:',
    change: 'Byt lösenord',
    changeAndContinue: 'Byt lösenord och fortsätt',
    changed: 'Lösenordet har bytts. Dina övriga inloggningar har avslutats.',
    myAccount: 'Mitt konto',
  },
  en: {
    forcedTitle: 'Choose your own password',
    forcedHelp: 'An administrator set your password. Choose your own password before you continue.',
    changeTitle: 'Change my password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHelp: 'At least 12 characters. A few unrelated words together make a good password.',
    repeatPassword: 'New password again',
    notSame: 'The passwords are not the same. Type the new password again.',
    sameAsCurrent: 'Choose a password different from the current one.',
    wrongCurrent: 'The current password is wrong. Nothing was changed.',
    tooManyAttempts: 'Too many attempts. Wait a moment and try again.',
    offline: 'No connection to the server. Check the network and try again.',
    failed: 'The password could not be changed:',
    change: 'Change password',
    changeAndContinue: 'Change password and continue',
    changed: 'Password changed. Your other sessions were ended.',
    myAccount: 'My account',
  },
};
