import { randomBytes } from 'node:crypto';
import type {
  AgendaItem,
  Change,
  CommandName,
  CommandResult,
  Delegate,
  ErrorCode,
  ErrorIssue,
  Meeting,
  MeetingDocument,
  ParsedInput,
  Attendance,
  PreloadDevice,
  PushPayload,
  Role,
} from '../../../shared/protocol/index.ts';
import type { Store } from '../store/store.ts';
import type { Logger } from '../logger.ts';
import type { SecretKind } from '../../../shared/protocol/index.ts';
import type { FailureLog } from '../security/failure-log.ts';
import type { GuessGuard } from '../throttle.ts';

/** A refusal a handler raises: it becomes the error ack, and the transaction is rolled back. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

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

export interface HubServices {
  /** How fast each kind of secret may be guessed, per address and for the whole room (throttle.ts). */
  guards: Record<SecretKind, GuessGuard>;
  /** Failed attempts to guess a secret: the hub log and the secretariat's list. */
  failures: FailureLog;
  /** A wrong pairing code was tried (any address): enough of them replace the code. Call outside a transaction. */
  pairingMissed(): void;
  /** The pairing code was replaced: the screens showing it are told. */
  pairingRotated(code: string): void;
  sessionHours: number;
  /** Addresses tablets can open to reach this hub (for the room QR). */
  roomUrls(): string[];
  /** Connections that are open now, by device id, with who uses them. */
  onlineDevices(): Map<string, { role: string; delegateId: string | null; meetingId: string | null }>;
  /** Ends these sessions on the connections that hold them now: each is told why and becomes a guest. */
  endLiveSessions(sessionHashes: readonly string[], ended: SessionEnded): void;
  /** Cuts a device off: its connections are told why and lose their pairing. */
  unpairLiveDevice(deviceId: string, ended: SessionEnded): void;
  /** Tells the chair and the secretariat following the meeting that a device's preload state changed. */
  pushPreload(meetingId: string, device: PreloadDevice): void;
}

/** Why a session ended, as `session.ended` says it. */
export type SessionEnded = PushPayload<'session.ended'>;

/** Writes one entity to the store and records it as a change of this command's meeting. */
export interface MeetingWriter {
  meeting(value: Meeting): void;
  agendaItem(value: AgendaItem): void;
  removeAgendaItem(id: string): void;
  document(value: MeetingDocument): void;
  removeDocument(id: string): void;
  delegate(value: Delegate): void;
  removeDelegate(id: string): void;
  attendance(value: Attendance): void;
  removeAttendance(id: string): void;
}

export interface CommandContext {
  readonly store: Store;
  readonly principal: Principal;
  readonly connection: Connection;
  readonly services: HubServices;
  readonly logger: Logger;
  readonly now: Date;
  /** The writer for a meeting; a command writes to one meeting at most. */
  writer(meetingId: string): MeetingWriter;
  /** Runs after the transaction commits (connection state, subscriptions). */
  afterCommit(fn: () => void): void;
}

/** What a handler's `prepare` step sees: no writer, no transaction; what it writes to the store stays written. */
export interface PrepareContext {
  readonly store: Store;
  readonly principal: Principal;
  readonly services: HubServices;
  readonly logger: Logger;
  readonly now: Date;
}

export interface Handler<N extends CommandName = CommandName, P = unknown> {
  name: N;
  /**
   * An optional step before the transaction, which may take its time without holding the hub (a passcode hashed on
   * the thread pool): the command's other connections' commands go on meanwhile. A refusal here (CommandError)
   * answers the command; what it returns reaches `run`. Records that must outlive a refusal (failed attempts) are
   * made here, since `run`'s transaction is rolled back on a refusal.
   */
  prepare?(ctx: PrepareContext, input: ParsedInput<N>): P | Promise<P>;
  run(ctx: CommandContext, input: ParsedInput<N>, prepared: P): CommandResult<N>;
}

export function defineHandler<N extends CommandName>(name: N, run: (ctx: CommandContext, input: ParsedInput<N>) => CommandResult<N>): Handler<N> {
  return { name, run };
}

/** A handler with a `prepare` step (see Handler). */
export function definePreparedHandler<N extends CommandName, P>(
  name: N,
  steps: { prepare(ctx: PrepareContext, input: ParsedInput<N>): P | Promise<P>; run(ctx: CommandContext, input: ParsedInput<N>, prepared: P): CommandResult<N> },
): Handler<N, P> {
  return { name, prepare: steps.prepare, run: steps.run };
}

/** 12 URL-safe characters: unique enough for a room, short enough to read in a log. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

export function requireMeeting(ctx: CommandContext, meetingId: string): Meeting {
  const meeting = ctx.store.getMeeting(meetingId);
  if (!meeting) throw new CommandError('not_found', `There is no meeting "${meetingId}".`);
  return meeting;
}

/** A meeting that may still be changed: not closed. */
export function requireOpenMeeting(ctx: CommandContext, meetingId: string): Meeting {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'closed') throw closedMeeting(meeting);
  return meeting;
}

function closedMeeting(meeting: Meeting): CommandError {
  return new CommandError('conflict', `The meeting "${meeting.title}" is closed: nothing in it can be changed any more.`);
}

export function requireAgendaItem(ctx: CommandContext, meetingId: string, itemId: string): AgendaItem {
  const item = ctx.store.getAgendaItem(meetingId, itemId);
  if (!item) throw new CommandError('not_found', `Meeting "${meetingId}" has no agenda item "${itemId}".`);
  return item;
}

export function requireDocument(ctx: CommandContext, meetingId: string, documentId: string): MeetingDocument {
  const doc = ctx.store.getDocument(meetingId, documentId);
  if (!doc) throw new CommandError('not_found', `Meeting "${meetingId}" has no document "${documentId}".`);
  return doc;
}

export function requireDelegate(ctx: CommandContext, meetingId: string, delegateId: string): Delegate {
  const delegate = ctx.store.getDelegate(meetingId, delegateId);
  if (!delegate) throw new CommandError('not_found', `Meeting "${meetingId}" has no delegate "${delegateId}".`);
  return delegate;
}

/**
 * The writer refuses a closed meeting, whatever the command: closing is final, so no command (nor a pack import)
 * can slip a change into a meeting after it. Handlers still check first (requireOpenMeeting) for a clear order of errors.
 */
export function createWriter(store: Store, meetingId: string, record: (change: Change) => void): MeetingWriter {
  const current = store.getMeeting(meetingId);
  if (current?.status === 'closed') throw closedMeeting(current);
  return {
    meeting(value) {
      if (value.id !== meetingId) throw new Error('a command writes to one meeting only');
      store.updateMeeting(value);
      record({ collection: 'meeting', id: value.id, value });
    },
    agendaItem(value) {
      store.putAgendaItem(meetingId, value);
      record({ collection: 'agendaItem', id: value.id, value });
    },
    removeAgendaItem(id) {
      store.deleteAgendaItem(meetingId, id);
      record({ collection: 'agendaItem', id, value: null });
    },
    document(value) {
      store.putDocument(meetingId, value);
      // Read back so pages and bytes come from the blob, as every other reader sees them.
      const stored = store.getDocument(meetingId, value.id);
      record({ collection: 'document', id: value.id, value: stored ?? value });
    },
    removeDocument(id) {
      store.deleteDocument(meetingId, id);
      record({ collection: 'document', id, value: null });
    },
    delegate(value) {
      store.putDelegate(meetingId, value);
      // Read back: the badge serial is derived from the badges issued.
      record({ collection: 'delegate', id: value.id, value: store.getDelegate(meetingId, value.id) ?? value });
    },
    removeDelegate(id) {
      store.deleteDelegate(meetingId, id);
      record({ collection: 'delegate', id, value: null });
    },
    attendance(value) {
      store.putAttendance(meetingId, value);
      record({ collection: 'attendance', id: value.id, value });
    },
    removeAttendance(id) {
      store.deleteAttendance(meetingId, id);
      record({ collection: 'attendance', id, value: null });
    },
  };
}
