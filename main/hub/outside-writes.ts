import type { Change } from '../../shared/protocol/index.ts';
import type { Logger } from './logger.ts';
import type { Store } from './store/store.ts';

type Broadcast = (meetingId: string, revision: number, changes: Change[]) => void;

export interface OutsideWrites {
  /** The hub's one broadcast: pushes any revision written from outside first, so followers never see a gap. */
  broadcast: Broadcast;
  /** Looks for writes from elsewhere now (the timer calls it every `intervalMs`). */
  poll(): void;
  stop(): void;
}

/**
 * Another process may write to the hub's data folder while it runs (`npm run cli -- badges`, `passcode reset`):
 * its revisions were never pushed, so followers would see a gap. SQLite's data_version moves only when another
 * connection commits, so a cheap poll finds such writes; their changes come from the change log, in order.
 */
export function followOutsideWrites(store: Store, push: Broadcast, logger: Logger, intervalMs = 1000): OutsideWrites {
  const pushed = new Map<string, number>(store.meetingRevisions().map((m) => [m.id, m.revision]));
  let seen = store.dataVersion();

  /** Pushes every logged revision of a meeting after the last one pushed and before `until`. */
  const catchUp = (meetingId: string, until: number) => {
    const from = pushed.get(meetingId) ?? 0;
    if (until <= from + 1) return;
    for (const record of store.changesSince(meetingId, from)) {
      if (record.revision >= until) break;
      push(meetingId, record.revision, record.changes);
      pushed.set(meetingId, record.revision);
    }
  };

  const poll = () => {
    try {
      const version = store.dataVersion();
      if (version === seen) return;
      seen = version;
      for (const { id, revision } of store.meetingRevisions()) {
        if (!pushed.has(id)) pushed.set(id, 0);
        catchUp(id, revision + 1);
      }
    } catch (error) {
      // A timer must never take the hub down; the next tick tries again.
      logger.error({ err: error }, 'checking for writes from another process failed');
    }
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();

  return {
    broadcast(meetingId, revision, changes) {
      catchUp(meetingId, revision);
      push(meetingId, revision, changes);
      pushed.set(meetingId, Math.max(revision, pushed.get(meetingId) ?? 0));
    },
    poll,
    stop: () => clearInterval(timer),
  };
}
