import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'directoryLink'
  | 'auditLink'
  | 'catalogueLink'
  | 'points'
  | 'pointId'
  | 'pointIdHelp'
  | 'pointName'
  | 'addPoint'
  | 'noPoints'
  | 'newCode'
  | 'codeFor'
  | 'codeExpires'
  | 'codeHelp'
  | 'close'
  | 'devices'
  | 'noDevices'
  | 'point'
  | 'label'
  | 'enrolled'
  | 'lastSync'
  | 'status'
  | 'active'
  | 'revokedAt'
  | 'revoke'
  | 'confirmRevoke'
  | 'confirmYes'
  | 'cancel'
  | 'never'
  | 'username'
  | 'password'
  | 'passwordHelp'
  | 'userPoints'
  | 'role'
  | 'loading'
  | 'failed'
  | 'devicesCaption'
  | 'roleAdmin'
  | 'roleSupervisor';

/** Texts of the admin page. */
export const adminMessages: Messages<Key> = {
  fi: {
    title: 'Ylläpito',
    directoryLink: 'Palveluhakemisto',
    auditLink: 'Tapahtumaloki',
    catalogueLink: 'Luokitus ja sen versiot',
    points: 'Neuvontapisteet',
    pointId: 'Tunnus',
    pointIdHelp: 'Pienet kirjaimet, numerot ja viivat, esim. hyvinkaa',
    pointName: 'Nimi',
    addPoint: 'Lisää neuvontapiste',
    noPoints: 'Neuvontapisteitä ei ole vielä.',
    newCode: 'Uusi liittämiskoodi',
    codeFor: 'Liittämiskoodi: {point}',
    codeExpires: 'Voimassa {time} asti, käy kerran.',
    codeHelp: 'Avaa tabletilla sivu /enrol ja kirjoita koodi, tai lue QR-koodi tabletin kameralla.',
    close: 'Sulje',
    devices: 'Laitteet',
    noDevices: 'Laitteita ei ole liitetty.',
    point: 'Neuvontapiste',
    label: 'Laite',
    enrolled: 'Liitetty',
    lastSync: 'Viimeisin lähetys',
    status: 'Tila',
    active: 'Käytössä',
    revokedAt: 'Peruttu {time}',
    revoke: 'Peru käyttöoikeus',
    confirmRevoke: 'Perutaanko laitteen "{label}" käyttöoikeus? Laite ei voi enää lähettää käyntejä.',
    confirmYes: 'Kyllä, peru',
    cancel: 'Peruuta',
    never: 'ei koskaan',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    passwordHelp: 'Vähintään 12 merkkiä.',
    userPoints: 'Neuvontapisteet, joiden tilastot hän näkee',
    role: 'Rooli',
    loading: 'Ladataan…',
    failed: 'Toiminto epäonnistui:',
    devicesCaption: 'Liitetyt laitteet',
    roleAdmin: 'ylläpitäjä',
    roleSupervisor: 'esihenkilö',
  },
  sv: {
    title: 'Administration',
    directoryLink: 'Tjänstekatalog',
    auditLink: 'Händelselogg',
    catalogueLink: 'Klassificeringen och dess versioner',
    points: 'Rådgivningspunkter',
    pointId: 'Beteckning',
    pointIdHelp: 'Små bokstäver, siffror och bindestreck, t.ex. hyvinkaa',
    pointName: 'Namn',
    addPoint: 'Lägg till rådgivningspunkt',
    noPoints: 'Det finns inga rådgivningspunkter ännu.',
    newCode: 'Ny anslutningskod',
    codeFor: 'Anslutningskod: {point}',
    codeExpires: 'Gäller till {time}, kan användas en gång.',
    codeHelp:
      'Öppna sidan /enrol på surfplattan och skriv in koden, eller skanna QR-koden med surfplattans kamera.',
    close: 'Stäng',
    devices: 'Enheter',
    noDevices: 'Inga enheter är anslutna.',
    point: 'Rådgivningspunkt',
    label: 'Enhet',
    enrolled: 'Ansluten',
    lastSync: 'Senaste sändning',
    status: 'Status',
    active: 'I bruk',
    revokedAt: 'Återkallad {time}',
    revoke: 'Återkalla behörigheten',
    confirmRevoke:
      'Vill du återkalla behörigheten för enheten ”{label}”? Enheten kan då inte längre skicka besök.',
    confirmYes: 'Ja, återkalla',
    cancel: 'Avbryt',
    never: 'aldrig',
    username: 'Användarnamn',
    password: 'Lösenord',
    passwordHelp: 'Minst 12 tecken.',
    userPoints: 'Rådgivningspunkter vars statistik personen ser',
    role: 'Roll',
    loading: 'Laddar…',
    failed: 'Åtgärden misslyckades:',
    devicesCaption: 'Anslutna enheter',
    roleAdmin: 'administratör',
    roleSupervisor: 'förman',
  },
  en: {
    title: 'Administration',
    directoryLink: 'Service directory',
    auditLink: 'Audit log',
    catalogueLink: 'Catalogue and its versions',
    points: 'Advice points',
    pointId: 'ID',
    pointIdHelp: 'Lower-case letters, digits and dashes, e.g. hyvinkaa',
    pointName: 'Name',
    addPoint: 'Add point',
    noPoints: 'No points yet.',
    newCode: 'New enrolment code',
    codeFor: 'Enrolment code: {point}',
    codeExpires: 'Valid until {time}, works once.',
    codeHelp: 'Open /enrol on the tablet and type the code, or scan the QR code with the tablet camera.',
    close: 'Close',
    devices: 'Devices',
    noDevices: 'No devices enrolled.',
    point: 'Point',
    label: 'Device',
    enrolled: 'Enrolled',
    lastSync: 'Last sync',
    status: 'Status',
    active: 'Active',
    revokedAt: 'Revoked {time}',
    revoke: 'Revoke',
    confirmRevoke: 'Revoke the device "{label}"? It can no longer send visits.',
    confirmYes: 'Yes, revoke',
    cancel: 'Cancel',
    never: 'never',
    username: 'Username',
    password: 'Password',
    passwordHelp: 'At least 12 characters.',
    userPoints: 'Points whose figures they see',
    role: 'Role',
    loading: 'Loading…',
    failed: 'That did not work:',
    devicesCaption: 'Enrolled devices',
    roleAdmin: 'admin',
    roleSupervisor: 'supervisor',
  },
};
