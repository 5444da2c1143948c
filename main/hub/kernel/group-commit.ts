import type { Ack } from '../../../shared/protocol/index.ts';
import type { Store } from '../store/store.ts';

/** A command carried out inside a transaction: its answer, and what to do once it is on disk. */
export interface Executed {
  ack: Ack<unknown>;
  after(): void;
}

/** Runs a command's work in a transaction and answers its ack once that transaction is on disk. */
export type Commit = (work: () => Executed) => Ack<unknown> | Promise<Ack<unknown>>;

/** Each command a transaction and an fsync of its own: for HTTP requests and batch work, answered at once. */
export function commitAlone(store: Store): Commit {
  return (work) => {
    const done = store.transaction(work);
    done.after();
    return done.ack;
  };
}

/** At most this many commands share one commit: the event loop gets a turn between groups (pings, HTTP, reads). */
export const MAX_GROUP = 200;

/**
 * Group commit: the commands that arrive in one turn of the event loop run one after the other in one transaction,
 * each in a savepoint of its own (a refused one undoes only itself), and one COMMIT, one fsync with
 * `synchronous=FULL`, puts them all on disk before any of them is acknowledged. 1,500 check-ins at the door cost a
 * handful of fsyncs, not 1,500. If the COMMIT itself fails (the disk is full), none was written and each is told so.
 */
export function createGroupCommit(
  store: Store,
  /** The answer to each command of a group whose COMMIT failed. */
  failed: (error: unknown) => Ack<unknown>,
  /** A step after a commit failed: the command is on disk all the same, and acknowledged. */
  afterFailed: (error: unknown) => void,
): Commit {
  let queue: { work: () => Executed; answer(ack: Ack<unknown>): void }[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const group = queue.slice(0, MAX_GROUP);
    queue = queue.slice(group.length);
    if (queue.length > 0) schedule();
    let done: Executed[];
    try {
      done = store.transaction(() => group.map(({ work }) => work()));
    } catch (error) {
      const ack = failed(error);
      for (const { answer } of group) answer(ack);
      return;
    }
    // On disk: what follows each commit runs (its push is only queued), then the acks, in the order the commands came.
    for (const [i, { answer }] of group.entries()) {
      const executed = done[i]!;
      try {
        executed.after();
      } catch (error) {
        afterFailed(error);
      }
      answer(executed.ack);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (work) =>
    new Promise<Ack<unknown>>((answer) => {
      queue.push({ work, answer });
      schedule();
    });
}
