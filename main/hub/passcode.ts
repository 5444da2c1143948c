import { randomInt, scryptSync, timingSafeEqual, randomBytes } from 'node:crypto';
import type { Store } from './store/store.ts';

const KEY = 'admin_passcode';
/** The credential id of sessions opened with the admin passcode (issued credentials have their own ids). */
export const ADMIN_CREDENTIAL = 'admin';

/** 12 digits in groups of four: easy to read aloud and to type on a tablet's number pad. */
export function newPasscode(): string {
  const digits = Array.from({ length: 12 }, () => randomInt(10)).join('');
  return digits.replace(/(\d{4})(?=\d)/g, '$1-');
}

/** Spaces and dashes are ignored when comparing, so "1234 5678 9012" works as well as "1234-5678-9012". */
export function normalisePasscode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function hashPasscode(passcode: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(normalisePasscode(passcode), salt, 32);
  return `scrypt:${salt.toString('base64')}:${hash.toString('base64')}`;
}

export function verifyPasscode(passcode: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(normalisePasscode(passcode), Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

/** Creates the admin passcode on the first start of a data folder; returns it then, null afterwards. */
export function ensurePasscode(store: Store): string | null {
  if (store.getSetting(KEY) !== null) return null;
  return resetPasscode(store);
}

/**
 * Replaces the admin passcode and ends every session signed in with the old one (the secretariat's), in one
 * transaction: a reset is what one does when the passcode may have leaked. Credentials the secretariat issued (the
 * chair's, the desks') are not touched: revoke them one by one on the Staff access screen. A hub running on the same
 * data folder (the CLI resets it from another process) treats those connections as guests from their next command,
 * and tells them within its sweep.
 */
export function resetPasscode(store: Store): string {
  const passcode = newPasscode();
  store.transaction(() => {
    store.setSetting(KEY, hashPasscode(passcode));
    store.endCredentialSessions(ADMIN_CREDENTIAL, new Date().toISOString(), 'passcode_reset');
  });
  return passcode;
}
