import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { adminTexts, type AdminCatalog } from '../../i18n/admin-catalog.js';

/**
 * Staff passwords: scrypt from node:crypto, stored as "scrypt$N$r$p$salt$hash" (base64url salt
 * and hash), so the cost can be raised later and old hashes still verify.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** 128 * N * r bytes are needed; allow up to N = 2^16 with r = 8 when verifying. */
const MAX_MEM = 128 * 2 ** 16 * 8 * 2;

export const MIN_PASSWORD_LENGTH = 12;
/** The password rules, told in `t`'s language (English by default, as the command line says it). */
export const passwordSchemaIn = (t: AdminCatalog = adminTexts('en')) =>
  z
    .string()
    .min(MIN_PASSWORD_LENGTH, t.invalid.passwordTooShort({ min: MIN_PASSWORD_LENGTH }))
    .max(200, t.invalid.passwordTooLong({ max: 200 }));
export const passwordSchema = passwordSchemaIn();

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scrypt(password, salt, KEY_BYTES, { ...COST, maxmem: MAX_MEM });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

const storedPattern = /^scrypt\$(\d{1,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

/** True when `password` matches `stored`; a malformed stored value never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = storedPattern.exec(stored);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const expected = Buffer.from(m[5]!, 'base64url');
  if (128 * N * r > MAX_MEM / 2 || p > 4) return false;
  const actual = await scrypt(password, Buffer.from(m[4]!, 'base64url'), expected.length, {
    N,
    r,
    p,
    maxmem: MAX_MEM,
  }).catch(() => null);
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, computed once: unknown emails are checked against it so they take as long as known ones. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
}

/** 20 random characters (about 119 bits), for accounts created without a password. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
