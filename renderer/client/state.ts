import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import type { SessionInfo } from './storage.ts';
import type { HubErrorCode } from './errors.ts';

/**
 * `connecting`: first attempt; `reconnecting`: the link dropped and Socket.IO is retrying;
 * `offline`: still no link some seconds after it dropped. `since` is when the link was last gained or lost.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionState {
  status: ConnectionStatus;
  since: number;
}

export interface FollowedMeeting {
  id: string;
  /** Null until the first `meeting.open` answer. */
  snapshot: MeetingSnapshot | null;
  error: { code: HubErrorCode; message: string } | null;
}

/**
 * Whether this device may read the room's meetings as a guest. `paired`: it holds the token `device.pair`
 * gave it and the hub has not refused it; `unpaired`: it has none, or the hub answered `not_paired`.
 * Staff sessions need no pairing (the hub counts them as paired).
 */
export interface PairingState {
  status: 'paired' | 'unpaired';
  /** Why the hub stopped counting this device as paired (its `session.ended` reason), when it said so. */
  reason: string | null;
}

/** Everything the screens read about the hub. The HubClient is its only writer. */
export interface HubState {
  connection: ConnectionState;
  /** Set when the hub refuses this client for good (another protocol version): nothing works until reload. */
  fatal: { code: 'protocol_mismatch'; message: string } | null;
  /** From the hub's welcome; `insecureHttp`: the hub serves plain HTTP (a test room), which every screen says. */
  hub: { hubId: string; hubVersion: string; clockOffsetMs: number; insecureHttp: boolean } | null;
  session: SessionInfo | null;
  /** Why the hub ended the last session (signed out elsewhere, expired), shown on the sign-in form. */
  sessionEnded: string | null;
  pairing: PairingState;
  meeting: FollowedMeeting | null;
}

/** The HubState as zustand holds it: read, written (by the client only) and watched. */
export type HubStateApi = StoreApi<HubState>;

export function createHubState(now: number, paired = false): HubStateApi {
  return createStore<HubState>()(() => ({
    connection: { status: 'connecting', since: now },
    fatal: null,
    hub: null,
    session: null,
    sessionEnded: null,
    pairing: { status: paired ? 'paired' : 'unpaired', reason: null },
    meeting: null,
  }));
}
