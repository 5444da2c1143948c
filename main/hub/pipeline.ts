import type { z } from 'zod';
import {
  type Ack,
  type Change,
  COMMANDS,
  type ErrorBody,
  type ErrorDetail,
  type ErrorCode,
  type ErrorIssue,
  isCommandName,
  type Quorum,
} from '../../shared/protocol/index.ts';
import type { CommandContext, Handler } from './commands/context.ts';
import { CommandError } from './kernel/command-error.ts';
import type { Connection } from './kernel/connection.ts';
import type { HubServices } from './kernel/services.ts';
import { createWriter } from './kernel/writer.ts';
import { checkResult } from './kernel/results.ts';
import { commitAlone, type Commit, createGroupCommit, type Executed } from './kernel/group-commit.ts';
import { quorumChange, quorumNow } from './quorum.ts';
import type { CommandName, CommandSpec } from '../../shared/protocol/index.ts';
import type { Logger } from './logger.ts';
import { clip } from './log-safe.ts';
import type { Store } from './store/store.ts';

export interface PipelineDeps {
  store: Store;
  registry: ReadonlyMap<CommandName, Handler>;
  services: HubServices;
  logger: Logger;
  /** Pushes a committed revision to the meeting's followers. */
  broadcast(meetingId: string, revision: number, changes: Change[]): void;
  /** Devices must pair before they may read anything. */
  requirePairing?: boolean;
  now?: () => Date;
}

export function errorBody(code: ErrorCode, message: string, issues?: ErrorIssue[], detail?: Partial<ErrorDetail>): ErrorBody {
  return {
    ok: false,
    code,
    message,
    ...(issues && issues.length > 0 ? { issues } : {}),
    ...(detail?.reason ? { reason: detail.reason } : {}),
    ...(detail?.params ? { params: detail.params } : {}),
  };
}

function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** A command that passed every check before its handler: what is needed to carry it out. */
interface Admitted {
  name: CommandName;
  spec: CommandSpec;
  handler: Handler;
  input: unknown;
  principal: Connection['principal'];
  now: Date;
}

/**
 * The checks every command passes before its handler, in the order docs/protocol.md states: session and device still
 * good? -> known? -> allowed for this role? -> a guest's device paired? -> a payload object? -> payload valid?
 * Answers the refusal, or what `execute` needs.
 */
function admit(deps: PipelineDeps, connection: Connection, name: string, payload: unknown): Admitted | { refused: Ack<unknown> } {
  const now = deps.now?.() ?? new Date();
  try {
    // Whatever ended this connection's session or unpaired its device since its last command (another connection,
    // another process, the clock) takes effect before this command is even looked at: one primary-key lookup each.
    connection.refresh(now);
  } catch (error) {
    deps.logger.error({ err: error }, 'could not check the session of a connection');
    return { refused: errorBody('internal', 'The hub could not check this connection\'s session; nothing was changed. The hub log has the details.') };
  }
  const principal = connection.principal;
  if (!isCommandName(name)) {
    return { refused: errorBody('unknown_event', `"${clip(name)}" is not an event of this protocol; see docs/protocol.md for the list.`) };
  }
  const spec: CommandSpec = COMMANDS[name];
  // Who may send it first: a staff command from a console not signed in (paired or not) is not_signed_in, since
  // signing in, not pairing, is what it lacks.
  if (!spec.roles.includes(principal.role)) {
    return {
      refused:
        principal.role === 'guest'
          ? errorBody('not_signed_in', `"${name}" needs you to sign in as ${spec.roles.join(' or ')}.`)
          : errorBody('forbidden', `The ${principal.role} role may not send "${name}"; it is for ${spec.roles.join(' or ')}.`),
    };
  }
  // Then, for what a guest may send, whether its device has paired (the ways in, pairing and signing in, excepted).
  if (principal.role === 'guest' && !principal.paired && !spec.unpaired && (deps.requirePairing ?? true)) {
    return {
      refused: errorBody(
        'not_paired',
        `This device has not paired with the hub, so it may not send "${name}": pair it first (device.pair with the code on the chair console).`,
      ),
    };
  }
  // Every command takes one payload object (`{}` when it has no fields): null, a missing payload, an array or a
  // scalar is refused here, never read as "no fields".
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    const sent = payload === null ? 'null' : Array.isArray(payload) ? 'an array' : payload === undefined ? 'nothing' : `a ${typeof payload}`;
    return {
      refused: errorBody('bad_request', `"${name}" takes one payload object ({} when it has no fields), not ${sent}.`, [
        { path: '', message: 'Expected an object.' },
      ]),
    };
  }
  const parsed = spec.input.safeParse(payload);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const first = issues[0];
    const where = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid payload';
    return { refused: errorBody('bad_request', `"${name}" payload is not valid (${where}).`, issues) };
  }
  const handler = deps.registry.get(name);
  if (!handler) return { refused: errorBody('internal', `No handler for "${name}".`) };
  return { name, spec, handler, input: parsed.data, principal, now };
}

function refusal(deps: PipelineDeps, name: string, error: unknown): Ack<unknown> {
  if (error instanceof CommandError) return errorBody(error.code, error.message, error.issues, error);
  deps.logger.error({ err: error, command: name }, 'command failed');
  return errorBody('internal', `The hub could not carry out "${name}"; nothing was changed. The hub log has the details.`);
}

/**
 * The one path every command takes: the checks (`admit`) -> the handler's `prepare` step, if it has one (it may
 * await: a passcode is hashed off the main thread) -> the checks again after an await (the connection may have
 * changed meanwhile) -> handler in one SQLite transaction (revision bumped, changes logged; commands that arrive
 * together commit together, kernel/group-commit.ts) -> ack -> push (merged per window, push/meeting-push.ts).
 * A refusal at any step changes nothing. The transaction is synchronous on purpose: commands never interleave.
 */
export function dispatchCommand(
  deps: PipelineDeps,
  connection: Connection,
  name: string,
  payload: unknown,
  commit: Commit = commitAlone(deps.store),
): Ack<unknown> | Promise<Ack<unknown>> {
  const admitted = admit(deps, connection, name, payload);
  if ('refused' in admitted) return admitted.refused;
  const { handler } = admitted;
  const execute = (ready: Admitted, prepared: unknown) => commit(() => executeIn(deps, connection, ready, prepared));
  if (!handler.prepare) return execute(admitted, undefined);
  let step: unknown;
  try {
    step = handler.prepare({ store: deps.store, principal: admitted.principal, services: deps.services, logger: deps.logger, now: admitted.now }, admitted.input as never);
  } catch (error) {
    return refusal(deps, name, error);
  }
  if (!(step instanceof Promise)) return execute(admitted, step);
  return awaitingStep(step.then(
    (prepared: unknown) => {
      const again = admit(deps, connection, name, payload);
      return 'refused' in again ? again.refused : execute(again, prepared);
    },
    (error: unknown) => refusal(deps, name, error),
  ));
}

/** The answers still waiting on a slow `prepare` step (a passcode being hashed): the connection's next commands wait. */
const slowSteps = new WeakSet<Promise<unknown>>();
function awaitingStep<T>(answer: Promise<T>): Promise<T> {
  slowSteps.add(answer);
  return answer;
}

/**
 * The same, answered at once: for callers that run commands without a `prepare` step (HTTP routes, batch work).
 * A command with one is refused here rather than run without its step.
 */
export function runCommand(deps: PipelineDeps, connection: Connection, name: string, payload: unknown): Ack<unknown> {
  const admitted = admit(deps, connection, name, payload);
  if ('refused' in admitted) return admitted.refused;
  if (admitted.handler.prepare) return errorBody('internal', `"${name}" has a prepare step: run it with dispatchCommand.`);
  return commitAlone(deps.store)(() => executeIn(deps, connection, admitted, undefined)) as Ack<unknown>;
}

/** More commands than this waiting behind a slow one on the same connection are refused, not queued. */
export const MAX_WAITING = 32;

/**
 * Dispatches the commands of each connection in the order they came: while a command of a connection is in its
 * `prepare` step (a sign-in being hashed), the next ones of that connection wait for it; other connections never
 * wait. Without a pending step, a command is carried out at once, as it arrives.
 */
export function createDispatcher(deps: PipelineDeps): (connection: Connection, name: string, payload: unknown) => Promise<Ack<unknown>> {
  const queues = new WeakMap<Connection, { tail: Promise<unknown>; waiting: number }>();
  const commit = createGroupCommit(
    deps.store,
    (error) => refusal(deps, 'a group of commands', error),
    (error) => deps.logger.error({ err: error }, 'a step after a commit failed'),
  );
  const safely = (connection: Connection, name: string, payload: unknown): Ack<unknown> | Promise<Ack<unknown>> => {
    try {
      const result = dispatchCommand(deps, connection, name, payload, commit);
      if (!(result instanceof Promise)) return result;
      const answer = result.catch((error: unknown) => refusal(deps, name, error));
      return slowSteps.has(result) ? awaitingStep(answer) : answer;
    } catch (error) {
      return refusal(deps, name, error);
    }
  };
  /** Keeps the connection's queue until this step is done, and lets it go when nothing waits any more. */
  const hold = (connection: Connection, step: Promise<Ack<unknown>>) => {
    const queue = queues.get(connection) ?? { tail: step, waiting: 0 };
    queue.tail = step;
    queue.waiting++;
    queues.set(connection, queue);
    void step.then(() => {
      if (--queue.waiting === 0 && queues.get(connection) === queue) queues.delete(connection);
    });
    return step;
  };
  /** A command the connection's next ones wait for: one in a slow step, or one that changes who the connection is. */
  const holding = (name: string, answer: Promise<unknown>) => slowSteps.has(answer) || deps.registry.get(name as CommandName)?.changesConnection === true;
  return (connection, name, payload) => {
    const queue = queues.get(connection);
    if (!queue) {
      const result = safely(connection, name, payload);
      return result instanceof Promise && holding(name, result) ? hold(connection, result) : Promise.resolve(result);
    }
    if (queue.waiting >= MAX_WAITING) {
      return Promise.resolve(errorBody('rate_limited', `Too many commands waiting on this connection; wait for their answers before sending "${clip(name)}".`));
    }
    return hold(connection, queue.tail.then(() => safely(connection, name, payload)));
  };
}

/**
 * One command's handler in a transaction of its own, or a savepoint of its group's: better-sqlite3 nests a
 * transaction inside another as a savepoint, so a refused command undoes only its own writes. What follows its commit
 * (the handler's after-commit steps, the push) is returned, to run once the group is on disk.
 */
function executeIn(deps: PipelineDeps, connection: Connection, admitted: Admitted, prepared: unknown): Executed {
  const { name, spec, handler, input, principal, now } = admitted;
  const after: (() => void)[] = [];
  let written: { meetingId: string; revision: number; changes: Change[] } | null = null;
  let audited: { meetingId: string; body: unknown } | null = null;
  try {
    const data = deps.store.transaction(() => {
      // `quorumBefore`: the quorum before the first write that may move it, so the revision says when it moved.
      let target: { meetingId: string; changes: Change[]; quorumBefore?: Quorum | null } | null = null;
      const ctx: CommandContext = {
        store: deps.store,
        principal,
        connection,
        services: deps.services,
        logger: deps.logger,
        now,
        writer(meetingId) {
          if (target && target.meetingId !== meetingId) throw new Error(`${name} wrote to two meetings`);
          const t = (target ??= { meetingId, changes: [] });
          return createWriter(deps.store, meetingId, (change) => t.changes.push(change), () => {
            if (t.quorumBefore === undefined) t.quorumBefore = quorumNow(deps.store, meetingId);
          });
        },
        afterCommit: (fn) => void after.push(fn),
        audit: (meetingId, body) => void (audited = { meetingId, body }),
      };
      const result: unknown = handler.run(ctx, input as never, prepared);
      const t = target as { meetingId: string; changes: Change[]; quorumBefore?: Quorum | null } | null;
      if (t && t.quorumBefore !== undefined) {
        const moved = quorumChange(deps.store, t.meetingId, t.quorumBefore);
        if (moved) t.changes.push(moved);
      }
      const actor = principal.session ? `${principal.role}:${principal.delegateId ?? principal.session.slice(0, 12)}` : 'guest';
      if (t && t.changes.length > 0) {
        const revision = deps.store.bumpRevision(t.meetingId);
        deps.store.appendChanges(t.meetingId, { revision, changes: t.changes, command: name, actor, at: now.toISOString() });
        written = { meetingId: t.meetingId, revision, changes: t.changes };
      }
      // Every action on a meeting goes into the audit log, in this transaction (docs/audit.md): what the handler says
      // of it, or else the entities it changed (a secret cast says only that the delegate voted).
      const w = written as { meetingId: string; revision: number; changes: Change[] } | null;
      const a = (audited as { meetingId: string; body: unknown } | null) ?? (w && { meetingId: w.meetingId, body: { changes: w.changes.map((c) => `${c.collection}/${c.id}`) } });
      if (a) deps.store.appendAudit({ meetingId: a.meetingId, actor, command: name, revision: w?.revision ?? null, at: now.toISOString(), body: a.body });
      return checkResult(name, spec, result);
    });
    const w = written as { meetingId: string; revision: number; changes: Change[] } | null;
    return {
      ack: { ok: true, revision: w?.revision ?? null, data },
      after() {
        for (const fn of after) fn();
        // Handed to the push path, which sends it after this turn's acknowledgements (push/meeting-push.ts).
        if (w) deps.broadcast(w.meetingId, w.revision, w.changes);
      },
    };
  } catch (error) {
    return { ack: refusal(deps, name, error), after: () => {} };
  }
}
