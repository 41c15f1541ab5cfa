import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N (CPU and memory), r (block size), p (parallel passes). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's Password Storage Cheat Sheet (2025) lists N=2^17, r=8, p=1 and equivalents of the same
 * work; N=2^16, r=8, p=2 is one of them and needs 64 MiB per guess instead of 128, so a small server
 * survives a burst of sign-ins. Hashes of a lower cost are redone at the person's next sign-in.
 */
export const OWASP_SCRYPT_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 2 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const encode = (cost: ScryptCost, salt: Buffer, key: Buffer) =>
  ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');

/** Hash a password as `scrypt$N$r$p$salt$key` (base64url), with a fresh 16-byte salt. */
export async function hashPassword(password: string, cost: ScryptCost = OWASP_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  return encode(cost, salt, await derive(password, salt, cost));
}

/**
 * Whether the password matches the stored hash (compared in constant time), and whether the hash
 * was made with a lower cost than `cost` and should be redone now that the password is known.
 */
export async function verifyPassword(
  password: string,
  stored: string,
  cost: ScryptCost = OWASP_SCRYPT_COST,
): Promise<{ isValid: boolean; isOutdated: boolean }> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return { isValid: false, isOutdated: false };
  const storedCost = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), storedCost);
  const isValid = actual.length === expected.length && timingSafeEqual(actual, expected);
  const work = (c: ScryptCost) => c.N * c.r * c.p;
  return { isValid, isOutdated: work(storedCost) < work(cost) };
}

/** A hash that never matches, to spend the same time on unknown usernames as on known ones. */
export const dummyPasswordHash = (cost: ScryptCost = OWASP_SCRYPT_COST) =>
  encode(cost, Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));
