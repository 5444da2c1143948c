import type { ErrorCode } from './errors.ts';
import type { ErrorParams, ErrorReason } from './error-reasons.ts';
import type { CommandInput, CommandName, CommandResult } from './commands/index.ts';
import type { PushName, PushPayload } from './events.ts';

export interface ErrorIssue {
  /** Dotted path into the payload, e.g. `title` or `access.groups.0`. */
  path: string;
  message: string;
}

export interface ErrorBody {
  ok: false;
  code: ErrorCode;
  /** English, for logs and for clients that do not know the reason; screens word `code`, `reason` and `params`. */
  message: string;
  issues?: ErrorIssue[];
  /** The case within the code (error-reasons.ts), when the hub names one. */
  reason?: ErrorReason;
  /** The values the reason's words need. */
  params?: ErrorParams;
}

/** The acknowledgement of every command. `revision` is the meeting revision a write produced, null for reads. */
export type Ack<T> = { ok: true; revision: number | null; data: T } | ErrorBody;

/** The handshake `auth` a client sends when it connects. */
export interface HandshakeAuth {
  protocolVersion: number;
  /**
   * A name people recognise ("Tablet A07"), at most 100 characters (longer is cut). Applied only to a device that
   * proves itself with `deviceToken` (and given to the device `device.pair` creates); ignored otherwise.
   */
  deviceName?: string;
  /** A session token from an earlier `session.signIn` or `session.badgeSignIn`; resumes that session at once. */
  sessionToken?: string;
  /**
   * The token `device.pair` gave this device: the only way a device is identified (the hub looks it up by its hash).
   * Without it (or a staff session) the device may read nothing. A client-stated device id is never taken.
   */
  deviceToken?: string;
}

/** Socket.IO's typed maps, derived from the declarations so that a renamed field breaks the build. */
export type ClientToServerEvents = {
  [N in CommandName]: (input: CommandInput<N>, ack: (res: Ack<CommandResult<N>>) => void) => void;
};
export type ServerToClientEvents = {
  [N in PushName]: (payload: PushPayload<N>) => void;
};
