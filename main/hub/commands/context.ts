import type { AgendaItem, CommandName, CommandResult, Delegate, Meeting, MeetingDocument, ParsedInput } from '../../../shared/protocol/index.ts';
import type { Store } from '../store/store.ts';
import type { Logger } from '../logger.ts';
import { CommandError } from '../kernel/command-error.ts';
import type { Connection, Principal } from '../kernel/connection.ts';
import type { HubServices } from '../kernel/services.ts';
import { closedMeeting, type MeetingWriter } from '../kernel/writer.ts';

// What a handler works with. The kernel's pieces a handler raises or makes are passed on from here, so a handler
// imports its whole kit from this one file.
export { CommandError } from '../kernel/command-error.ts';
export { newId } from '../kernel/ids.ts';

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
  /**
   * What the audit log records of this command, instead of the entities it changed; also for an action that changes
   * none a screen sees (paper counts entered). A secret cast records only `{ voted: true }`.
   */
  audit(meetingId: string, body: unknown): void;
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
  /**
   * It changes who its connection is (signs in or out): the connection's next commands wait until it is committed,
   * so they are checked as from whoever it made the connection. Other commands of a connection go to the group commit
   * without waiting for each other (in the order they came).
   */
  changesConnection?: boolean;
}

export function defineHandler<N extends CommandName>(
  name: N,
  run: (ctx: CommandContext, input: ParsedInput<N>) => CommandResult<N>,
  options: { changesConnection?: boolean } = {},
): Handler<N> {
  return { name, run, ...options };
}

/** A handler with a `prepare` step (see Handler). */
export function definePreparedHandler<N extends CommandName, P>(
  name: N,
  steps: {
    prepare(ctx: PrepareContext, input: ParsedInput<N>): P | Promise<P>;
    run(ctx: CommandContext, input: ParsedInput<N>, prepared: P): CommandResult<N>;
    changesConnection?: boolean;
  },
): Handler<N, P> {
  return { name, prepare: steps.prepare, run: steps.run, changesConnection: steps.changesConnection };
}

/** The refusal for a meeting id the hub does not hold. */
export function noMeeting(meetingId: string): CommandError {
  return new CommandError('not_found', `There is no meeting "${meetingId}".`, { reason: 'meeting_not_found', params: { meetingId } });
}

export function requireMeeting(ctx: CommandContext, meetingId: string): Meeting {
  const meeting = ctx.store.getMeeting(meetingId);
  if (!meeting) throw noMeeting(meetingId);
  return meeting;
}

/** A meeting that may still be changed: not closed. */
export function requireOpenMeeting(ctx: CommandContext, meetingId: string): Meeting {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'closed') throw closedMeeting(meeting);
  return meeting;
}

export function requireAgendaItem(ctx: CommandContext, meetingId: string, itemId: string): AgendaItem {
  const item = ctx.store.getAgendaItem(meetingId, itemId);
  if (!item) throw new CommandError('not_found', `Meeting "${meetingId}" has no agenda item "${itemId}".`, {
      reason: 'item_not_found',
      params: { meetingId, itemId },
    });
  return item;
}

export function requireDocument(ctx: CommandContext, meetingId: string, documentId: string): MeetingDocument {
  const doc = ctx.store.getDocument(meetingId, documentId);
  if (!doc) throw new CommandError('not_found', `Meeting "${meetingId}" has no document "${documentId}".`, {
      reason: 'document_not_found',
      params: { meetingId, documentId },
    });
  return doc;
}

export function requireDelegate(ctx: CommandContext, meetingId: string, delegateId: string): Delegate {
  const delegate = ctx.store.getDelegate(meetingId, delegateId);
  if (!delegate) throw new CommandError('not_found', `Meeting "${meetingId}" has no delegate "${delegateId}".`, {
      reason: 'delegate_not_found',
      params: { meetingId, delegateId },
    });
  return delegate;
}

