import type { Messages } from '../ui/messages';

type Key =
  | 'title'
  | 'username'
  | 'password'
  | 'signIn'
  | 'signingIn'
  | 'signOut'
  | 'signedInAs'
  | 'notAllowed'
  | 'checking'
  | 'setupTitle'
  | 'setupHelp'
  | 'setupCode'
  | 'newPassword'
  | 'setupCreate';

/** Texts of sign-in and sign-out, shared by the supervisor and admin pages. */
export const sessionMessages: Messages<Key> = {
  fi: {
    title: 'Kirjaudu sisään',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    signIn: 'Kirjaudu',
    signingIn: 'Kirjaudutaan…',
    signOut: 'Kirjaudu ulos',
    signedInAs: 'Kirjautuneena',
    notAllowed: 'Tällä tunnuksella ei ole pääsyä tälle sivulle.',
    checking: 'Tarkistetaan kirjautumista…',
    setupTitle: 'Luo ensimmäinen ylläpitäjä',
    setupHelp:
      'Palvelimella ei ole vielä ylläpitäjää. Kirjoita kertakäyttökoodi, jonka palvelin tulosti käynnistyessään.',
    setupCode: 'Käyttöönottokoodi',
    newPassword: 'Uusi salasana (vähintään 12 merkkiä)',
    setupCreate: 'Luo ylläpitäjä',
  },
  sv: {
    title: 'Logga in',
    username: 'Användarnamn',
    password: 'Lösenord',
    signIn: 'Logga in',
    signingIn: 'Loggar in…',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som',
    notAllowed: 'Det här kontot har inte tillgång till den här sidan.',
    checking: 'Kontrollerar inloggningen…',
    setupTitle: 'Skapa den första administratören',
    setupHelp:
      'Servern har ännu ingen administratör. Skriv in engångskoden som servern skrev ut när den startade.',
    setupCode: 'Engångskod',
    newPassword: 'Nytt lösenord (minst 12 tecken)',
    setupCreate: 'Skapa administratör',
  },
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    notAllowed: 'This account has no access to this page.',
    checking: 'Checking sign-in…',
    setupTitle: 'Create the first admin',
    setupHelp: 'This server has no admin yet. Enter the one-time code the server printed when it started.',
    setupCode: 'Setup code',
    newPassword: 'New password (at least 12 characters)',
    setupCreate: 'Create admin',
  },
};
