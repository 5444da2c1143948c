import type { FailedAttempt, SecretKind } from '../../../shared/protocol/index.ts';
import type { Logger } from '../logger.ts';
import type { AuthFailureRow } from '../store/auth-failure.ts';
import type { Store } from '../store/store.ts';

/** How many rows the hub keeps (in memory and on disk). */
export const FAILURES_KEPT = 500;
/** Attempts of one kind and outcome from one address this close together make one row. */
const MERGE_MS = 60_000;
/** Rows reach the disk at most this often, in one transaction: a flood never waits on the disk per attempt. */
const FLUSH_MS = 1_000;

export interface FailureInput {
  kind: SecretKind;
  outcome: FailedAttempt['outcome'];
  address: string;
  deviceId: string | null;
  meetingId: string | null;
}

interface Entry extends AuthFailureRow {
  id: number | null;
  dirty: boolean;
}

/**
 * The failed attempts to guess a secret, for the secretariat's screen and the hub log (never the secret itself).
 * Bounded: the newest rows, merged per address and minute.
 */
export class FailureLog {
  private readonly entries: Entry[] = [];
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly clock: () => Date;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(store: Store, logger: Logger, clock: () => Date = () => new Date()) {
    this.store = store;
    this.logger = logger;
    this.clock = clock;
    for (const row of store.recentAuthFailures(FAILURES_KEPT).reverse()) this.entries.push({ ...row, dirty: false });
  }

  record(input: FailureInput): void {
    const now = this.clock();
    const at = now.toISOString();
    const since = new Date(now.getTime() - MERGE_MS).toISOString();
    const same = this.findRecent(input, since);
    if (same) {
      same.count++;
      same.lastAt = at;
      same.dirty = true;
    } else {
      this.entries.push({ ...input, count: 1, firstAt: at, lastAt: at, id: null, dirty: true });
      if (this.entries.length > FAILURES_KEPT) this.entries.shift();
      // One line per row: a flood from one address is one line a minute, however fast it goes.
      this.logger.warn({ kind: input.kind, outcome: input.outcome, address: input.address, deviceId: input.deviceId, meetingId: input.meetingId }, 'failed attempt to guess a secret');
    }
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    this.timer.unref?.();
  }

  /** Newest first. */
  recent(limit: number): AuthFailureRow[] {
    return this.entries
      .slice()
      .sort((a, b) => b.lastAt.localeCompare(a.lastAt))
      .slice(0, limit)
      .map(({ id: _id, dirty: _dirty, ...row }) => row);
  }

  /** Writes what changed since the last flush, in one transaction. Never throws: the log must not stop the hub. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const dirty = this.entries.filter((e) => e.dirty);
    if (dirty.length === 0) return;
    const inserted: Entry[] = [];
    try {
      this.store.transaction(() => {
        for (const e of dirty) {
          if (e.id === null) {
            e.id = this.store.insertAuthFailure(e);
            inserted.push(e);
          } else this.store.updateAuthFailure(e.id, e.count, e.lastAt);
        }
        this.store.trimAuthFailures(FAILURES_KEPT);
      });
      for (const e of dirty) e.dirty = false;
    } catch (error) {
      // Rolled back: the rows it thought it had added are still to add.
      for (const e of inserted) e.id = null;
      this.logger.error({ err: error }, 'could not save failed attempts');
    }
  }

  close(): void {
    this.flush();
  }

  private findRecent(input: FailureInput, since: string): Entry | null {
    // The newest rows only: a merge partner is at most a minute old.
    for (let i = this.entries.length - 1; i >= 0 && i >= this.entries.length - 200; i--) {
      const e = this.entries[i]!;
      if (e.lastAt < since) continue;
      if (e.kind === input.kind && e.outcome === input.outcome && e.address === input.address && e.deviceId === input.deviceId && e.meetingId === input.meetingId) {
        return e;
      }
    }
    return null;
  }
}
