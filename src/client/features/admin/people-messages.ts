import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'caption'
  | 'user'
  | 'role'
  | 'points'
  | 'state'
  | 'lastSignIn'
  | 'actions'
  | 'allPoints'
  | 'noPoints'
  | 'active'
  | 'disabled'
  | 'mustChange'
  | 'secondFactor'
  | 'unknown'
  | 'you'
  | 'manage'
  | 'manageUser'
  | 'account'
  | 'close'
  | 'roleAndPoints'
  | 'adminSeesAll'
  | 'saveRole'
  | 'roleSaved'
  | 'newPassword'
  | 'newPasswordHelp'
  | 'setPassword'
  | 'passwordSet'
  | 'access'
  | 'isActive'
  | 'isDisabled'
  | 'disable'
  | 'enable'
  | 'confirmDisable'
  | 'confirmDisableYes'
  | 'wasDisabled'
  | 'wasEnabled'
  | 'sessions'
  | 'sessionsCaption'
  | 'noSessions'
  | 'started'
  | 'expires'
  | 'endSession'
  | 'endSessionOf'
  | 'endAll'
  | 'sessionEnded'
  | 'allEnded'
  | 'newAccount'
  | 'createAccount'
  | 'created';

/** Texts of the admin's people and access screens. */
export const peopleMessages: Messages<Key> = {
  fi: {
    title: 'Käyttäjät ja käyttöoikeudet',
    caption: 'Käyttäjätunnukset',
    user: 'Käyttäjä',
    role: 'Rooli',
    points: 'Neuvontapisteet',
    state: 'Tila',
    lastSignIn: 'Viimeksi kirjautunut',
    actions: 'Toiminnot',
    allPoints: 'kaikki',
    noPoints: 'ei yhtään',
    active: 'Käytössä',
    disabled: 'Poistettu käytöstä',
    mustChange: 'vaihtaa salasanan seuraavalla kirjautumisella',
    secondFactor: 'kaksivaiheinen tunnistus käytössä',
    unknown: 'ei tiedossa',
    you: '(sinä)',
    manage: 'Hallitse',
    manageUser: 'Hallitse tunnusta {user}',
    account: 'Tunnus {user}',
    close: 'Sulje',
    roleAndPoints: 'Rooli ja neuvontapisteet',
    adminSeesAll: 'Ylläpitäjä näkee kaikkien neuvontapisteiden tilastot.',
    saveRole: 'Tallenna rooli ja neuvontapisteet',
    roleSaved: 'Rooli ja neuvontapisteet tallennettu.',
    newPassword: 'Uusi salasana',
    newPasswordHelp:
      'Vähintään 12 merkkiä. Hänen kirjautumisensa päättyvät, ja hän vaihtaa salasanan seuraavalla kirjautumisella.',
    setPassword: 'Aseta uusi salasana',
    passwordSet: 'Salasana asetettu. {user} vaihtaa sen seuraavalla kirjautumisella.',
    access: 'Käyttöoikeus',
    isActive: 'Tunnus on käytössä.',
    isDisabled: 'Tunnus on poistettu käytöstä: sillä ei voi kirjautua.',
    disable: 'Poista käytöstä',
    enable: 'Ota käyttöön',
    confirmDisable:
      'Poistetaanko tunnus {user} käytöstä? Hänen kirjautumisensa päättyvät heti, eikä hän pääse sisään ennen kuin tunnus otetaan taas käyttöön.',
    confirmDisableYes: 'Kyllä, poista käytöstä',
    wasDisabled: 'Tunnus poistettu käytöstä; sen kirjautumiset päättyivät.',
    wasEnabled: 'Tunnus otettu käyttöön.',
    sessions: 'Kirjautumiset',
    sessionsCaption: 'Voimassa olevat kirjautumiset',
    noSessions: 'Ei voimassa olevia kirjautumisia.',
    started: 'Alkoi',
    expires: 'Päättyy',
    endSession: 'Päätä',
    endSessionOf: 'Päätä kirjautuminen, joka alkoi {time}',
    endAll: 'Päätä kaikki kirjautumiset',
    sessionEnded: 'Kirjautuminen päätetty.',
    allEnded: 'Kaikki kirjautumiset päätetty.',
    newAccount: 'Uusi tunnus',
    createAccount: 'Luo tunnus',
    created: 'Tunnus {user} luotu.',
  },
  sv: {
    title: 'Användare och behörigheter',
    caption: 'Användarkonton',
    user: 'Användare',
    role: 'Roll',
    points: 'Rådgivningspunkter',
    state: 'Status',
    lastSignIn: 'Senast inloggad',
    actions: 'Åtgärder',
    allPoints: 'alla',
    noPoints: 'inga',
    active: 'I bruk',
    disabled: 'Avstängt',
    mustChange: 'byter lösenord vid nästa inloggning',
    secondFactor: 'tvåstegsverifiering i bruk',
    unknown: 'okänt',
    you: '(du)',
    manage: 'Hantera',
    manageUser: 'Hantera kontot {user}',
    account: 'Kontot {user}',
    close: 'Stäng',
    roleAndPoints: 'Roll och rådgivningspunkter',
    adminSeesAll: 'En administratör ser statistiken för alla rådgivningspunkter.',
    saveRole: 'Spara roll och rådgivningspunkter',
    roleSaved: 'Roll och rådgivningspunkter sparade.',
    newPassword: 'Nytt lösenord',
    newPasswordHelp:
      'Minst 12 tecken. Personens inloggningar avslutas, och hen byter lösenordet vid nästa inloggning.',
    setPassword: 'Ange nytt lösenord',
    passwordSet: 'Lösenordet har angetts. {user} byter det vid nästa inloggning.',
    access: 'Behörighet',
    isActive: 'Kontot är i bruk.',
    isDisabled: 'Kontot är avstängt: det går inte att logga in med det.',
    disable: 'Stäng av',
    enable: 'Ta i bruk',
    confirmDisable:
      'Vill du stänga av kontot {user}? Personens inloggningar avslutas genast, och hen kommer inte in förrän kontot tas i bruk igen.',
    confirmDisableYes: 'Ja, stäng av',
    wasDisabled: 'Kontot har stängts av och dess inloggningar har avslutats.',
    wasEnabled: 'Kontot har tagits i bruk.',
    sessions: 'Inloggningar',
    sessionsCaption: 'Giltiga inloggningar',
    noSessions: 'Inga giltiga inloggningar.',
    started: 'Inledd',
    expires: 'Går ut',
    endSession: 'Avsluta',
    endSessionOf: 'Avsluta inloggningen som inleddes {time}',
    endAll: 'Avsluta alla inloggningar',
    sessionEnded: 'Inloggningen har avslutats.',
    allEnded: 'Alla inloggningar har avslutats.',
    newAccount: 'Nytt konto',
    createAccount: 'Skapa konto',
    created: 'Kontot {user} har skapats.',
  },
  en: {
    title: 'People and access',
    caption: 'Accounts',
    user: 'User',
    role: 'Role',
    points: 'Points',
    state: 'State',
    lastSignIn: 'Last signed in',
    actions: 'Actions',
    allPoints: 'all',
    noPoints: 'none',
    active: 'Active',
    disabled: 'Disabled',
    mustChange: 'changes the password at the next sign-in',
    secondFactor: 'second factor in use',
    unknown: 'not known',
    you: '(you)',
    manage: 'Manage',
    manageUser: 'Manage the account {user}',
    account: 'Account {user}',
    close: 'Close',
    roleAndPoints: 'Role and points',
    adminSeesAll: 'An admin sees the figures of every point.',
    saveRole: 'Save role and points',
    roleSaved: 'Role and points saved.',
    newPassword: 'New password',
    newPasswordHelp:
      'At least 12 characters. Their sessions end, and they change the password at their next sign-in.',
    setPassword: 'Set new password',
    passwordSet: 'Password set. {user} changes it at the next sign-in.',
    access: 'Access',
    isActive: 'The account is active.',
    isDisabled: 'The account is disabled: nobody can sign in with it.',
    disable: 'Disable',
    enable: 'Enable',
    confirmDisable:
      'Disable the account {user}? Their sessions end at once, and they cannot sign in until the account is enabled again.',
    confirmDisableYes: 'Yes, disable',
    wasDisabled: 'Account disabled; its sessions have ended.',
    wasEnabled: 'Account enabled.',
    sessions: 'Sessions',
    sessionsCaption: 'Signed-in sessions',
    noSessions: 'No signed-in sessions.',
    started: 'Started',
    expires: 'Expires',
    endSession: 'End',
    endSessionOf: 'End the session started {time}',
    endAll: 'End all sessions',
    sessionEnded: 'Session ended.',
    allEnded: 'All sessions ended.',
    newAccount: 'New account',
    createAccount: 'Create account',
    created: 'Account {user} created.',
  },
};
