import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';

// The second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app expects)
// through otplib, and one-time recovery codes for a lost phone.

/** The issuer an authenticator app shows beside the account name. */
const ISSUER = 'Neuvo';
/** Codes from the step before or after are accepted too: a phone's clock may be a little off. */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: read off paper and typed. 12 characters ≈ 59 bits each.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new random secret (160 bits, base32), shown once as a QR code and as text. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret });
}

/** The time step of a valid 6-digit code later than `afterStep`, or undefined. */
export function verifiedTotpStep(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null && { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** Whether a code looks like a TOTP code (six digits) rather than a recovery code. */
export const isTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ''));

/** Ten fresh recovery codes, `XXXX-XXXX-XXXX`; shown once, only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < 12; i += 1) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return code.replace(/(.{4})(?=.)/g, '$1-');
  });
}

/** SHA-256 of a recovery code, salted with the person's id; case, spaces and dashes ignored. */
export function hashRecoveryCode(userId: string, code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(`${userId}:${normalised}`).digest('hex');
}

/**
 * Secrets at rest: sealed with AES-256-GCM under NEUVO_TOTP_KEY, so a database dump alone does not
 * give anyone the codes. Without a key they are stored as they are (`plain:`) and the server
 * warns at start. A plain secret stays readable after a key is set; it is sealed when next enrolled.
 */
export function secretSealer(key: Buffer | undefined) {
  return {
    isSealing: key !== undefined,
    seal(secret: string): string {
      if (!key) return `plain:${secret}`;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `aes-256-gcm:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
    },
    /** The secret; throws when it was sealed under another key (or none is set now). */
    open(stored: string): string {
      if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
      if (!key || !stored.startsWith('aes-256-gcm:')) {
        throw new Error(
          'A second-factor secret is sealed, but NEUVO_TOTP_KEY is not the key it was sealed with',
        );
      }
      const bytes = Buffer.from(stored.slice('aes-256-gcm:'.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export type SecretSealer = ReturnType<typeof secretSealer>;
