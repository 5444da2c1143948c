import type { IncomingMessage } from 'node:http';
import type { ErrorCode, Role } from '../../../shared/protocol/index.ts';
import { proveDevice } from '../devices.ts';
import { endedBecause, findSession, sessionFits } from '../sessions.ts';
import type { Store } from '../store/store.ts';

/**
 * Who an HTTP request speaks for. A session token comes in `Authorization: Bearer <token>`; the device the request
 * comes from proves itself with its device token in `X-Device-Token: <token>`. A session opened on a paired device
 * (every delegate session) counts only next to that device's token: a copied session token alone reads nothing.
 * Tokens are never read from a URL: a link a browser opens carries a one-time `?ticket=`, turned into these headers
 * at the entry (tickets.ts).
 */
export const DEVICE_TOKEN_HEADER = 'x-device-token';

/** The device token a request carries, if any (one header, at most 200 characters). */
export function deviceTokenOf(req: IncomingMessage): string | null {
  const value = req.headers[DEVICE_TOKEN_HEADER];
  const token = typeof value === 'string' ? value.trim() : null;
  return token && token.length <= 200 ? token : null;
}

/** The bearer token of a request (a session's or a paired device's): `Authorization: Bearer <token>`. */
export function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return null;
}

const OTHER_DEVICE = endedBecause(
  'other_device',
  'This session belongs to the device it was opened on: send it with that device\'s token (X-Device-Token), or sign in on this device.',
);

/** A request whose caller is known: a session's role, or a guest (a paired device, or nobody where pairing is off). */
export interface Identified {
  ok: true;
  role: Role;
  delegateId: string | null;
  meetingId: string | null;
  /** The session token's hash; null for a guest. */
  session: string | null;
  deviceId: string | null;
}

export type Caller = Identified | { ok: false; code: ErrorCode; message: string };

/**
 * The caller of a request from its bearer token (a session's, or a paired device's) and its `X-Device-Token`:
 * a session (bound to its device, see above), else a paired device (a guest that may read), else nobody, which is
 * `not_paired` while the hub requires pairing. A bearer token that is neither, or a session presented from another
 * device, is `session_expired` with the reason.
 */
export function requestCaller(store: Store, req: IncomingMessage, bearer: string | null, requirePairing: boolean, now: Date): Caller {
  const fromHeader = proveDevice(store, deviceTokenOf(req));
  const guest = (deviceId: string | null): Caller => ({ ok: true, role: 'guest', delegateId: null, meetingId: null, session: null, deviceId });
  if (!bearer) {
    if (fromHeader || !requirePairing) return guest(fromHeader?.id ?? null);
    return {
      ok: false,
      code: 'not_paired',
      message: 'This device has not paired with the hub; pair it, then send its device token (X-Device-Token: <token>).',
    };
  }
  const found = findSession(store, bearer, now);
  if (found.ok) {
    const s = found.session;
    if (!sessionFits(s, fromHeader?.id ?? null)) return { ok: false, code: 'session_expired', message: OTHER_DEVICE.reason };
    return { ok: true, role: s.role as Role, delegateId: s.delegateId, meetingId: s.meetingId, session: s.tokenHash, deviceId: fromHeader?.id ?? null };
  }
  const device = proveDevice(store, bearer);
  if (device) return guest(device.id);
  return { ok: false, code: 'session_expired', message: found.reason };
}
