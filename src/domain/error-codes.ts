/**
 * Every code the server answers in an error body's `error`, and the one place they are spelled.
 * Servers throw them, clients branch on them (exhaustively: a new code makes each client decide).
 */
export const errorCodes = {
  // The request itself (any route).
  badRequest: 'bad-request',
  invalidBody: 'invalid-body',
  malformedJson: 'malformed-json',
  unsupportedMediaType: 'unsupported-media-type',
  bodyTooLarge: 'body-too-large',
  tooManyRequests: 'too-many-requests',
  notFound: 'not-found',
  requestFailed: 'request-failed',
  serverError: 'server-error',
  // Passing: the server is restarting or its database is away; try again after Retry-After.
  shuttingDown: 'shutting-down',
  databaseUnavailable: 'database-unavailable',
  // Who is asking: people and tablets.
  badAuthorization: 'bad-authorization',
  notSignedIn: 'not-signed-in',
  forbidden: 'forbidden',
  crossSiteRequest: 'cross-site-request',
  peopleOnly: 'people-only',
  deviceOnly: 'device-only',
  noToken: 'no-token',
  unknownDevice: 'unknown-device',
  deviceRevoked: 'device-revoked',
  // Signing in, first setup and enrolment.
  badCredentials: 'bad-credentials',
  tooManyLoginFailures: 'too-many-login-failures',
  alreadySetUp: 'already-set-up',
  badSetupCode: 'bad-setup-code',
  badEnrolmentCode: 'bad-enrolment-code',
  enrolmentCodeLocked: 'enrolment-code-locked',
  accountDisabled: 'account-disabled',
  passwordChangeRequired: 'password-change-required',
  // Passwords and the lifecycle of accounts (admins).
  weakPassword: 'weak-password',
  wrongCurrentPassword: 'wrong-current-password',
  samePassword: 'same-password',
  lastAdmin: 'last-admin',
  unknownUser: 'unknown-user',
  unknownSession: 'unknown-session',
  // Points, accounts, tallies and the directory.
  unknownPoint: 'unknown-point',
  pointExists: 'point-exists',
  notYourPoint: 'not-your-point',
  futureMonth: 'future-month',
  noPoints: 'no-points',
  usernameTaken: 'username-taken',
  unknownReferral: 'unknown-referral',
  // Catalogue versions, the admins' draft and its spreadsheet.
  unknownCatalogueVersion: 'unknown-catalogue-version',
  noDraft: 'no-draft',
  draftChanged: 'draft-changed',
  ifMatchRequired: 'if-match-required',
  draftHasProblems: 'draft-has-problems',
  notXlsx: 'not-xlsx',
  spreadsheetInvalid: 'spreadsheet-invalid',
  unknownMunicipality: 'unknown-municipality',
  // The metrics endpoint (for the operator's Prometheus, not for people or tablets).
  metricsOff: 'metrics-off',
  badMetricsToken: 'bad-metrics-token',
} as const;

/** A code the server may answer with. */
export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

/** All codes, for schemas. */
export const errorCodeList = Object.values(errorCodes) as [ErrorCode, ...ErrorCode[]];

const known = new Set<string>(errorCodeList);

/** Whether a string from the wire is a code this build knows (a newer server may send others). */
export function isErrorCode(value: string): value is ErrorCode {
  return known.has(value);
}
