import type { Connection, Principal } from './context.ts';

/** A connection that is not a socket (an HTTP request, batch work): its principal is fixed, nothing follows. */
export function fixedConnection(principal: Principal): Connection {
  return { principal, setPrincipal: () => {}, becomeGuest: () => {}, follow: () => {}, unfollow: () => {} };
}

/** The connection batch work runs commands on: the secretariat, at this machine. */
export function secretariatConnection(session: string): Connection {
  return fixedConnection({ role: 'secretariat', session, delegateId: null, meetingId: null, deviceId: null, address: 'local', paired: true });
}
