/**
 * Badge tokens: what the QR code on a delegate's badge holds.
 *
 *   RT1.<meetingId>.<delegateId>.<serial>.<expiry>.<mac>
 *
 * serial and expiry (whole UTC days since 1970-01-01) are base 36; mac is the first 16 bytes of
 * HMAC-SHA256(meeting key, everything before the last dot), base64url (22 characters). The key never
 * leaves the hub: this module takes the MAC function as a parameter and stays pure.
 */
import type { BadgeRefusal } from '../protocol/errors.ts';

export const BADGE_PREFIX = 'RT1';
const MAC_LENGTH = 22;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const BASE36 = /^[0-9a-z]{1,8}$/;
const MAC = /^[A-Za-z0-9_-]+$/;

export interface BadgeClaims {
  meetingId: string;
  delegateId: string;
  serial: number;
  /** Last valid day, in whole UTC days since the epoch. */
  expiresDay: number;
}

/** HMAC of a message, as base64url of its first 16 bytes. */
export type BadgeMac = (message: string) => string;


export const dayNumber = (date: Date): number => Math.floor(date.getTime() / 86_400_000);

function payloadOf(c: BadgeClaims): string {
  return [BADGE_PREFIX, c.meetingId, c.delegateId, c.serial.toString(36), c.expiresDay.toString(36)].join('.');
}

export function signBadge(claims: BadgeClaims, mac: BadgeMac): string {
  if (!ID.test(claims.meetingId) || !ID.test(claims.delegateId)) throw new Error('badge ids must be URL-safe, 1 to 64 characters');
  if (!Number.isSafeInteger(claims.serial) || claims.serial < 1) throw new Error('badge serial must be a positive integer');
  const payload = payloadOf(claims);
  return `${payload}.${mac(payload)}`;
}

export type ParsedBadge =
  | { ok: true; claims: BadgeClaims; payload: string; mac: string }
  | { ok: false; code: 'badge_malformed' | 'badge_truncated' };

/** Reads a token's parts without checking its signature. Scanners may add spaces or a newline: those are dropped. */
export function parseBadge(raw: string): ParsedBadge {
  const token = raw.trim();
  if (!token.startsWith(`${BADGE_PREFIX}.`)) {
    // A scanner that cut the very start still gives "RT" or "RT1": call that truncated, not foreign.
    return token.length > 0 && `${BADGE_PREFIX}.`.startsWith(token) ? { ok: false, code: 'badge_truncated' } : { ok: false, code: 'badge_malformed' };
  }
  const parts = token.split('.');
  if (parts.length > 6) return { ok: false, code: 'badge_malformed' };
  const [, meetingId = '', delegateId = '', serial = '', expiry = '', mac = ''] = parts;
  if (parts.length < 6 || mac.length < MAC_LENGTH) return { ok: false, code: 'badge_truncated' };
  if (!ID.test(meetingId) || !ID.test(delegateId) || !BASE36.test(serial) || !BASE36.test(expiry) || mac.length !== MAC_LENGTH || !MAC.test(mac)) {
    return { ok: false, code: 'badge_malformed' };
  }
  const claims = { meetingId, delegateId, serial: parseInt(serial, 36), expiresDay: parseInt(expiry, 36) };
  return { ok: true, claims, payload: token.slice(0, token.lastIndexOf('.')), mac };
}

/** What the hub knows, for one meeting, to judge a badge. */
export interface BadgeAuthority {
  meetingId: string;
  /** The MAC function with this meeting's key. */
  mac: BadgeMac;
  /** The delegate's current badge serial, or null when the delegate is not (or no longer) on the list. */
  currentSerial(delegateId: string): number | null;
  /** Whether this MAC was printed on a badge this hub issued (then a mismatch means altered, not forged). */
  isIssuedMac(mac: string): boolean;
  today: number;
}

export type BadgeVerdict = { ok: true; claims: BadgeClaims } | { ok: false; code: BadgeRefusal };

/** Constant-time comparison of two MACs of equal length, so timing tells nothing about the right one. */
function sameMac(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function verifyBadge(raw: string, authority: BadgeAuthority): BadgeVerdict {
  const parsed = parseBadge(raw);
  if (!parsed.ok) return parsed;
  const { claims } = parsed;
  if (claims.meetingId !== authority.meetingId) return { ok: false, code: 'badge_other_meeting' };
  if (!sameMac(authority.mac(parsed.payload), parsed.mac)) {
    return { ok: false, code: authority.isIssuedMac(parsed.mac) ? 'badge_altered' : 'badge_forged' };
  }
  const current = authority.currentSerial(claims.delegateId);
  // Only the newest badge of a delegate on the list opens anything: reissuing revokes the older ones.
  if (current === null || claims.serial !== current) return { ok: false, code: 'badge_revoked' };
  if (authority.today > claims.expiresDay) return { ok: false, code: 'badge_expired' };
  return { ok: true, claims };
}

// Short codes: printed under the QR so a delegate can type it when no camera is at hand.
// Crockford's base 32: no I, L, O or U, so nothing is misread.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Eight characters from the first five bytes of a MAC (base64url), shown as XXXX-XXXX. */
export function shortCodeFromMac(macBase64url: string): string {
  const bytes = base64urlBytes(macBase64url).slice(0, 5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 7; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as the canonical code: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseShortCode(typed: string): string | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 8 || [...clean].some((ch) => !CROCKFORD.includes(ch))) return null;
  return `${clean.slice(0, 4)}-${clean.slice(4)}`;
}

function base64urlBytes(text: string): number[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error('not base64url');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return out;
}
