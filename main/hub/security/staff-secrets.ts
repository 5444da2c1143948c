import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { StaffRole } from '../../../shared/protocol/index.ts';
import { ADMIN_CREDENTIAL, newPasscode, normalisePasscode } from '../passcode.ts';
import type { Store } from '../store/store.ts';

/**
 * Staff secrets: the admin passcode (the secretariat's) and the credentials the secretariat issues. Every hash is
 * computed with the asynchronous scrypt, on libuv's thread pool: a flood of wrong passcodes never holds the event
 * loop, so every tablet keeps its answers.
 */

export { ADMIN_CREDENTIAL };
const ADMIN_KEY = 'admin_passcode';
const SALT_KEY = 'staff_secret_salt';

export interface StaffMatch {
  credentialId: string;
  role: StaffRole;
}

/**
 * At most this many hashes at once: one core is left to the event loop (and each hash holds 16 MB while it runs).
 * Attempts beyond it wait their turn; the guessing guard bounds how many ever wait.
 */
const HASHING_AT_ONCE = Math.max(1, availableParallelism() - 1);
let hashing = 0;
const waiting: (() => void)[] = [];

async function scryptAsync(secret: string, salt: Buffer, length: number): Promise<Buffer> {
  if (hashing >= HASHING_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  hashing++;
  try {
    return await new Promise<Buffer>((resolve, reject) => scrypt(secret, salt, length, (error, key) => (error ? reject(error) : resolve(key))));
  } finally {
    hashing--;
    waiting.shift()?.();
  }
}

/**
 * Issued credentials share one random salt per hub rather than one each: a typed secret is then hashed once and
 * found by its hash, instead of being hashed again for every credential.
 */
function hubSalt(store: Store): Buffer {
  let salt = store.getSetting(SALT_KEY);
  if (!salt) {
    salt = randomBytes(16).toString('base64');
    store.setSetting(SALT_KEY, salt);
  }
  return Buffer.from(salt, 'base64');
}

/** The stored form of an issued credential's secret. */
export async function hashStaffSecret(store: Store, secret: string): Promise<string> {
  return `scrypt:${(await scryptAsync(normalisePasscode(secret), hubSalt(store), 32)).toString('base64')}`;
}

/** The admin passcode's stored form (`scrypt:<salt>:<hash>`, passcode.ts), checked off the main thread. */
async function isAdminPasscode(normal: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(normal, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

/** Every passcode the hub makes is 12 digits; anything else is refused without hashing. */
const WELL_FORMED = /^\d{12}$/;

/** Which credential a typed secret is, if any: the admin passcode, or an issued credential that is not revoked. */
export async function identifyStaffSecret(store: Store, typed: string): Promise<StaffMatch | null> {
  const normal = normalisePasscode(typed);
  if (!WELL_FORMED.test(normal)) return null;
  const admin = store.getSetting(ADMIN_KEY);
  // Both hashes at once, whichever it turns out to be: the time taken says nothing about which one matched.
  const [isAdmin, hash] = await Promise.all([admin ? isAdminPasscode(normal, admin) : false, hashStaffSecret(store, normal)]);
  if (isAdmin) return { credentialId: ADMIN_CREDENTIAL, role: 'secretariat' };
  const credential = store.staffCredentialByHash(hash);
  return credential && !credential.revokedAt ? { credentialId: credential.id, role: credential.role } : null;
}

/** A new secret for an issued credential (typed like the admin passcode) and its stored hash, unlike any other. */
export async function newStaffSecret(store: Store): Promise<{ secret: string; secretHash: string }> {
  for (let tries = 0; tries < 5; tries++) {
    const secret = newPasscode();
    const secretHash = await hashStaffSecret(store, secret);
    if (!store.staffCredentialByHash(secretHash)) return { secret, secretHash };
  }
  throw new Error('could not make a staff secret unlike the others');
}
