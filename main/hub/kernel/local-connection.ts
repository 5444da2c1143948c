import type { Connection, Principal } from './connection.ts';

/**
 * A connection that is not a socket (an HTTP request, batch work): its principal is fixed, nothing follows.
 * It lives for one request, whose caller has just checked its session, so there is nothing to refresh.
 */
export function fixedConnection(principal: Principal): Connection {
  const nothing = () => {};
  return { principal, offeredDeviceName: null, setPrincipal: nothing, setDevice: nothing, becomeGuest: nothing, refresh: nothing, follow: nothing, unfollow: nothing };
}

/** The connection batch work runs commands on: the secretariat, at this machine. */
export function secretariatConnection(session: string): Connection {
  return fixedConnection({ role: 'secretariat', session, delegateId: null, meetingId: null, deviceId: null, address: 'local', paired: true });
}
