import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  type BadgeAuthority,
  type BadgeMac,
  dayNumber,
  normaliseShortCode,
  shortCodeFromMac,
  signBadge,
  verifyBadge,
} from '../../../shared/domain/badge-token.ts';
import type { BadgeRefusal, Meeting } from '../../../shared/protocol/index.ts';
import type { BadgeRow, Store } from '../store/store.ts';

/** A badge stays valid this many days after the meeting's date (or after it was issued, if later). */
export const BADGE_VALID_DAYS = 30;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function badgeMac(key: Buffer): BadgeMac {
  return (message) => createHmac('sha256', key).update(message).digest().subarray(0, 16).toString('base64url');
}

function macOf(store: Store, meetingId: string): BadgeMac {
  return badgeMac(store.badgeKey(meetingId, () => randomBytes(32)));
}

export interface IssuedBadge {
  delegateId: string;
  serial: number;
  token: string;
  shortCode: string;
}

function tokenFor(mac: BadgeMac, row: Pick<BadgeRow, 'meetingId' | 'delegateId' | 'serial' | 'expiresDay'>): IssuedBadge {
  const token = signBadge(row, mac);
  return { delegateId: row.delegateId, serial: row.serial, token, shortCode: shortCodeFromMac(token.slice(token.lastIndexOf('.') + 1)) };
}

/** Issues a new badge (serial + 1), which revokes every older one of the delegate. Runs inside a command's transaction. */
export function issueBadge(store: Store, meeting: Meeting, delegateId: string, now: Date): IssuedBadge {
  const mac = macOf(store, meeting.id);
  const serial = (store.currentBadge(meeting.id, delegateId)?.serial ?? 0) + 1;
  const expiresDay = Math.max(dayNumber(new Date(`${meeting.date}T00:00:00Z`)), dayNumber(now)) + BADGE_VALID_DAYS;
  const issued = tokenFor(mac, { meetingId: meeting.id, delegateId, serial, expiresDay });
  store.insertBadge({
    meetingId: meeting.id,
    delegateId,
    serial,
    expiresDay,
    issuedAt: now.toISOString(),
    macHash: sha256(issued.token.slice(issued.token.lastIndexOf('.') + 1)),
    codeHash: sha256(issued.shortCode),
  });
  return issued;
}

/** The token of a delegate's current badge, to print it (again), or null before the first is issued. */
export function currentBadge(store: Store, meetingId: string, delegateId: string): IssuedBadge | null {
  const current = store.currentBadge(meetingId, delegateId);
  return current ? tokenFor(macOf(store, meetingId), current) : null;
}

export const BADGE_MESSAGES: Record<BadgeRefusal, string> = {
  badge_malformed: 'This is not a Roundtable badge.',
  badge_truncated: 'The badge was read only in part; scan it again.',
  badge_other_meeting: 'This badge is for another meeting.',
  badge_forged: 'This badge was not issued by this hub.',
  badge_altered: 'This badge has been altered: it does not match what the hub issued.',
  badge_expired: 'This badge has expired.',
  badge_revoked: 'This badge has been replaced by a newer one, or its holder is no longer on the list.',
};

export type BadgeLookup =
  | { ok: true; delegateId: string; serial: number }
  | { ok: false; code: BadgeRefusal | 'not_found'; message: string };

/** Who a scanned token or a typed short code belongs to, if it is a valid badge of this meeting. */
export function findBadgeHolder(store: Store, meetingId: string, scanned: string, now: Date): BadgeLookup {
  const text = scanned.trim();
  const mac = macOf(store, meetingId);
  const currentSerial = (delegateId: string) =>
    store.getDelegate(meetingId, delegateId) ? (store.currentBadge(meetingId, delegateId)?.serial ?? null) : null;

  // A short code, typed by hand (a token always starts with its prefix and is much longer).
  const code = text.length <= 12 ? normaliseShortCode(text) : null;
  if (code) {
    const badge = store.badgeByCodeHash(meetingId, sha256(code));
    if (!badge) return { ok: false, code: 'not_found', message: `No badge of this meeting has the code ${code}.` };
    if (currentSerial(badge.delegateId) !== badge.serial) return { ok: false, code: 'badge_revoked', message: BADGE_MESSAGES.badge_revoked };
    if (dayNumber(now) > badge.expiresDay) return { ok: false, code: 'badge_expired', message: BADGE_MESSAGES.badge_expired };
    return { ok: true, delegateId: badge.delegateId, serial: badge.serial };
  }

  const authority: BadgeAuthority = {
    meetingId,
    mac,
    currentSerial,
    isIssuedMac: (m) => store.badgeByMacHash(meetingId, sha256(m)) !== null,
    today: dayNumber(now),
  };
  const verdict = verifyBadge(text, authority);
  if (!verdict.ok) return { ok: false, code: verdict.code, message: BADGE_MESSAGES[verdict.code] };
  return { ok: true, delegateId: verdict.claims.delegateId, serial: verdict.claims.serial };
}
