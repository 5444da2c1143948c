import type { IncomingMessage } from 'node:http';
import type { ErrorCode, Role } from '../../shared/protocol/index.ts';
import { proveDevice } from './devices.ts';
import { endedBecause, findSession, sessionFits, type SessionLookup } from './sessions.ts';
import type { Store } from './store/store.ts';

/**
 * Who an HTTP request speaks for. A session token comes in `Authorization: Bearer <token>`; the device the request
 * comes from proves itself with its device token in `X-Device-Token: <token>`. A session opened on a paired device
 * (every delegate session) counts only next to that device's token: a copied session token alone reads nothing.
 */
export const DEVICE_TOKEN_HEADER = 'x-device-token';

/** The device token a request carries, if any (one header, at most 200 characters). */
export function deviceTokenOf(req: IncomingMessage): string | null {
  const value = req.headers[DEVICE_TOKEN_HEADER];
  const token = typeof value === 'string' ? value.trim() : null;
  return token && token.length <= 200 ? token : null;
}

const OTHER_DEVICE = endedBecause(
  'other_device',
  'This session belongs to the device it was opened on: send it with that device\'s token (X-Device-Token), or sign in on this device.',
);

/** `findSession`, and the session must fit the device this request proves (`X-Device-Token`). */
export function findRequestSession(store: Store, req: IncomingMessage, token: string, now: Date): SessionLookup {
  const found = findSession(store, token, now);
  if (!found.ok) return found;
  const device = proveDevice(store, deviceTokenOf(req));
  return sessionFits(found.session, device?.id ?? null) ? found : { ok: false, ...OTHER_DEVICE };
}

export type Caller =
  | { ok: true; role: Role; delegateId: string | null; meetingId: string | null; session: string | null; deviceId: string | null }
  | { ok: false; code: ErrorCode; message: string };

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
