import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A fresh bearer token: 32 random bytes, base64url. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token or code, hex. Tokens carry 256 bits, so a fast hash suffices (no KDF needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// No 0/O, 1/I/L: the code is read off a screen and typed on a tablet.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Length of an enrolment code: 31^8 ≈ 8.5e11, plenty for a code that lives 15 minutes. */
export const ENROLMENT_CODE_LENGTH = 8;

/** A one-time enrolment code, short enough to type. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < ENROLMENT_CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Codes are typed by people: ignore case, spaces and dashes. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
