/**
 * Every code the server answers in an error body's `error`, and the one place they are spelled.
 * Servers throw them; clients branch on their kind (`errorKinds` below: a new code gets its kind
 * there, and tsc refuses the build until it has one).
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
  // The second factor (TOTP or a recovery code).
  secondFactorRequired: 'second-factor-required',
  badSecondFactorCode: 'bad-second-factor-code',
  secondFactorEnrolmentRequired: 'second-factor-enrolment-required',
  secondFactorExists: 'second-factor-exists',
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

/**
 * What a code means to whoever called, whichever screen or tablet it was. Clients branch on
 * these few kinds (exhaustively), not on the codes, so a new code needs only its row below.
 */
export type ErrorKind =
  /** The request as sent does not fit (its body, form or type): sending it again will not help. */
  | 'invalid-request'
  /** What the request names (in its path) does not exist. */
  | 'not-found'
  /** The body is over the server's limit: send less at a time. */
  | 'too-large'
  /** Too many requests or failed attempts: wait (`Retry-After`) and try again. */
  | 'rate-limited'
  /** The server failed or is passing through a restart or database outage: try again later. */
  | 'server-trouble'
  /** No valid sign-in came with the request (no session, or a malformed Authorization header). */
  | 'unauthenticated'
  /** The tablet's token is not, or no longer, one the server takes: enrol again. */
  | 'device-gone'
  /** Wrong username or password. */
  | 'bad-credentials'
  /** The enrolment code is unknown, used, expired or locked: ask for a new one. */
  | 'bad-enrolment-code'
  /** Any other refusal: the server's message says what to do. */
  | 'refusal';

/** Each code's kind; `satisfies` makes a code without one a type error. */
export const errorKinds = {
  'bad-request': 'invalid-request',
  'invalid-body': 'invalid-request',
  'malformed-json': 'invalid-request',
  'unsupported-media-type': 'invalid-request',
  'request-failed': 'invalid-request',
  'body-too-large': 'too-large',
  'too-many-requests': 'rate-limited',
  'not-found': 'not-found',
  'server-error': 'server-trouble',
  'shutting-down': 'server-trouble',
  'database-unavailable': 'server-trouble',
  'bad-authorization': 'unauthenticated',
  'not-signed-in': 'unauthenticated',
  forbidden: 'refusal',
  'cross-site-request': 'refusal',
  'people-only': 'refusal',
  'device-only': 'refusal',
  'no-token': 'device-gone',
  'unknown-device': 'device-gone',
  'device-revoked': 'device-gone',
  'bad-credentials': 'bad-credentials',
  'too-many-login-failures': 'rate-limited',
  'already-set-up': 'refusal',
  'bad-setup-code': 'refusal',
  'bad-enrolment-code': 'bad-enrolment-code',
  'enrolment-code-locked': 'bad-enrolment-code',
  'account-disabled': 'refusal',
  'password-change-required': 'refusal',
  'second-factor-required': 'refusal',
  'bad-second-factor-code': 'refusal',
  'second-factor-enrolment-required': 'refusal',
  'second-factor-exists': 'refusal',
  'weak-password': 'refusal',
  'wrong-current-password': 'refusal',
  'same-password': 'refusal',
  'last-admin': 'refusal',
  'unknown-user': 'refusal',
  'unknown-session': 'refusal',
  'unknown-point': 'refusal',
  'point-exists': 'refusal',
  'not-your-point': 'refusal',
  'future-month': 'refusal',
  'no-points': 'refusal',
  'username-taken': 'refusal',
  'unknown-referral': 'refusal',
  'unknown-catalogue-version': 'refusal',
  'no-draft': 'refusal',
  'draft-changed': 'refusal',
  'if-match-required': 'refusal',
  'draft-has-problems': 'refusal',
  'not-xlsx': 'refusal',
  'spreadsheet-invalid': 'refusal',
  'unknown-municipality': 'refusal',
  'metrics-off': 'refusal',
  'bad-metrics-token': 'refusal',
} as const satisfies Record<ErrorCode, ErrorKind>;
