import type { PushPayload, Role } from '../../../shared/protocol/index.ts';

// The hub's kernel: the types every layer of the hub shares (sessions, live connections, the socket, the pipeline,
// the commands), kept below the commands so that nothing under them has to reach up into commands/.

/** Who a connection speaks for. Set by the hub from a session, never from what a client claims. */
export interface Principal {
  role: Role;
  /** Hash of the session token; null for a guest. */
  session: string | null;
  delegateId: string | null;
  meetingId: string | null;
  deviceId: string | null;
  address: string;
  /** The device has paired with the hub (or a staff session vouches for it): it may read. */
  paired: boolean;
}

/** What a handler may do to the connection that sent the command. Applied only after the commit. */
export interface Connection {
  readonly principal: Principal;
  /** The display name the device offered when it connected (bounded), for the device `device.pair` creates. */
  readonly offeredDeviceName: string | null;
  /** Takes a session's principal; its device is always the connection's own proven device, whatever it says. */
  setPrincipal(principal: Principal): void;
  /** This connection has just paired (or paired again): it is this device from now on. */
  setDevice(device: { id: string; tokenHash: string }): void;
  /** Drops the session: a guest again, paired only if the device paired on its own. */
  becomeGuest(): void;
  /**
   * Checks, before each command, that the session and the device it holds still count in the store (not ended,
   * not expired, not unpaired, even by another process); if not, they end here at once: told why, a guest.
   */
  refresh(now: Date): void;
  follow(meetingId: string): void;
  unfollow(meetingId: string): void;
}

/** Why a session ended, as `session.ended` says it. */
export type SessionEnded = PushPayload<'session.ended'>;
