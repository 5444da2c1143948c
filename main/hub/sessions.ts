import { createHash, randomBytes } from 'node:crypto';
import type { Role, StaffRole } from '../../shared/protocol/index.ts';
import type { Principal } from './commands/context.ts';
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

export type SessionLookup =
  | { ok: true; session: SessionRow }
  | { ok: false; code: 'unknown_session' | 'revoked' | 'expired'; reason: string };

/** A session is usable until it is ended or expires. */
export function findSession(store: Store, token: string, now: Date): SessionLookup {
  const session = store.getSession(hashToken(token));
  if (!session) return { ok: false, code: 'unknown_session', reason: 'This session is not known to the hub; sign in again.' };
  if (session.endedAt) return { ok: false, code: 'revoked', reason: 'This session was ended; sign in again.' };
  if (session.expiresAt <= now.toISOString()) return { ok: false, code: 'expired', reason: 'This session has expired; sign in again.' };
  return { ok: true, session };
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
