import { createHash, randomBytes } from 'node:crypto';
import { type Role, SessionEndedCode, type StaffRole } from '../../shared/protocol/index.ts';
import type { Principal, SessionEnded } from './kernel/connection.ts';
import type { SessionRow, Store } from './store/store.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function guest(address: string, deviceId: string | null, paired: boolean): Principal {
  return { role: 'guest', session: null, delegateId: null, meetingId: null, deviceId, address, paired };
}

/** What `session.ended` says for each way a session ends (English, for people; programs branch on the code). */
const ENDED: Record<SessionEndedCode, string> = {
  signed_in_elsewhere: 'You signed in on another device; this one was signed out.',
  removed: 'You were removed from the delegate list.',
  unpaired: 'The secretariat unpaired this device; pair it again to continue.',
  expired: 'This session has expired; sign in again.',
  revoked: 'This session was ended; sign in again.',
  unknown_session: 'This session is not known to the hub; sign in again.',
  other_device: 'This session belongs to another device; sign in here.',
  signed_out: 'This session was signed out (here or on another screen holding it); sign in again.',
  passcode_reset: 'The admin passcode was reset, which ends the sessions signed in with it; sign in with the new passcode.',
  badge_reissued: 'A new badge was issued to you, which ends the sessions opened with the old one; sign in with the new badge.',
  credential_revoked: 'The secretariat revoked the credential this session was signed in with; ask the secretariat for a new one.',
};

export function endedBecause(code: SessionEndedCode, reason: string = ENDED[code]): SessionEnded {
  return { code, reason };
}

export type SessionLookup = { ok: true; session: SessionRow } | ({ ok: false } & SessionEnded);

/** A session is usable until it is ended or expires; an ended one says why, as it was recorded. */
export function findSession(store: Store, token: string, now: Date): SessionLookup {
  return sessionByHash(store, hashToken(token), now);
}

/** The same by the token's hash (what a connection holds): one primary-key lookup. */
export function sessionByHash(store: Store, tokenHash: string, now: Date): SessionLookup {
  const session = store.getSession(tokenHash);
  if (!session) return { ok: false, ...endedBecause('unknown_session') };
  if (session.endedAt) {
    const recorded = SessionEndedCode.safeParse(session.endReason);
    return { ok: false, ...endedBecause(recorded.success ? recorded.data : 'revoked') };
  }
  if (session.expiresAt <= now.toISOString()) return { ok: false, ...endedBecause('expired') };
  return { ok: true, session };
}

/**
 * Whether a session may be used by a connection or request that proved `deviceId` (null: no device). A session
 * opened on a paired device (every delegate session, and a staff session signed in on a paired device) is bound to
 * it: presented without that device's token it is refused. A staff session opened without a device is not bound.
 */
export function sessionFits(session: SessionRow, deviceId: string | null): boolean {
  if (session.deviceId === null) return session.role !== 'delegate';
  return session.deviceId === deviceId;
}

export function principalOf(session: SessionRow, address: string, deviceId: string | null): Principal {
  return {
    role: session.role as Role,
    session: session.tokenHash,
    delegateId: session.delegateId,
    meetingId: session.meetingId,
    deviceId,
    address,
    // Staff sessions come from the admin passcode; delegate sessions are only made on paired devices.
    paired: true,
  };
}

/** Starts a session; the token is returned once and only its hash is kept. */
export function startSession(
  store: Store,
  fields: { role: StaffRole | 'delegate'; deviceId: string | null; delegateId?: string; meetingId?: string },
  now: Date,
  expiresAt: Date,
): { token: string; session: SessionRow } {
  const token = newToken();
  const session: SessionRow = {
    tokenHash: hashToken(token),
    role: fields.role,
    delegateId: fields.delegateId ?? null,
    meetingId: fields.meetingId ?? null,
    deviceId: fields.deviceId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    endedAt: null,
    endReason: null,
  };
  store.insertSession(session);
  return { token, session };
}

/** What `session.*` commands answer. */
export function sessionInfo(token: string, session: SessionRow) {
  return {
    token,
    role: session.role as StaffRole | 'delegate',
    delegateId: session.delegateId,
    meetingId: session.meetingId,
    expiresAt: session.expiresAt,
  };
}
