/** Seconds a client is asked to wait when the server or its database is briefly unavailable. */
export const RETRY_AFTER_SECONDS = 5;

// Connection failures of PostgreSQL (SQLSTATE class 08, shutdown and too-many-connections codes,
// socket errors) and SQLite's lock timeouts: the request may succeed if sent again later.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);
const TRANSIENT_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** Whether an error means the database is unreachable for now (answer 503 + Retry-After), not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return TRANSIENT_MESSAGES.test(error.message);
}
