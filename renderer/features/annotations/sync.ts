// Keeps the tablet's annotations and the hub's in step: the delegate's changes are written on the device first, then
// sent one at a time from the outbox (the same id and base revision again after a drop: the hub never makes two);
// the hub's changes come by annotations.sync from a cursor and by annotations.changed as they happen.
import type { AnnotationRow, CommandInput, CommandName, CommandResult, PushName, PushPayload } from '../../../shared/protocol/index.ts';
import type { AnnotationShelf, LocalAnnotation } from './local.ts';
import { readableBy } from './local.ts';

/** What the sync needs of the HubClient. */
export interface SyncLink {
  send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>>;
  on<N extends PushName>(name: N, listener: (payload: PushPayload<N>) => void): () => void;
}

/** Who the annotations are kept for: the signed-in delegate in their meeting, and whether the hub is reachable. */
export interface SyncScope {
  meetingId: string;
  delegateId: string;
  online: boolean;
}

type Listener = (rows: readonly LocalAnnotation[]) => void;

export class AnnotationSync {
  private scope: SyncScope | null = null;
  private rows = new Map<string, LocalAnnotation>();
  /** The rows as last emitted: one array per change, for React's external store. */
  private emitted: LocalAnnotation[] = [];
  private readonly listeners = new Set<Listener>();
  private running: Promise<void> | null = null;
  private again = false;
  private loaded: Promise<void> = Promise.resolve();
  private readonly shelf: AnnotationShelf;
  private readonly link: SyncLink;

  constructor(shelf: AnnotationShelf, link: SyncLink) {
    this.shelf = shelf;
    this.link = link;
    link.on('annotations.changed', (push) => {
      if (push.meetingId === this.scope?.meetingId) void this.take(push.annotations);
    });
  }

  /** The meeting and delegate now (null: nobody signed in), and the link. Loads the device's copy, then syncs. */
  setScope(scope: SyncScope | null): void {
    const before = this.scope;
    this.scope = scope;
    if (scope && (before?.meetingId !== scope.meetingId || before.delegateId !== scope.delegateId)) {
      this.loaded = this.shelf.list(scope.meetingId).then((rows) => {
        // Another reader's rows left on this tablet (unsent, or private) are not this reader's to see.
        this.rows = new Map(rows.filter(readableBy(scope.delegateId)).map((r) => [r.id, r]));
        this.emit();
      });
    }
    if (!scope) {
      this.rows = new Map();
      this.emit();
    }
    if (scope?.online) void this.kick();
  }

  /** Drops rows from memory (forgetAnnotations removes them from the device). */
  dropLocal(doomed: (row: LocalAnnotation) => boolean): void {
    for (const row of this.all()) if (doomed(row)) this.rows.delete(row.id);
    this.emit();
  }

  all(): LocalAnnotation[] {
    return [...this.rows.values()];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A change of the delegate's: on the device at once, to the hub when it can. */
  async write(next: LocalAnnotation): Promise<void> {
    const previous = this.rows.get(next.id);
    const row: LocalAnnotation = { ...next, baseRev: previous?.pending ? previous.baseRev : (previous?.rev ?? 0) };
    if (row.pending === 'remove' && row.baseRev === 0) {
      // Never reached the hub: nothing to tell it.
      this.rows.delete(row.id);
      this.emit();
      await this.shelf.remove([row.id]);
      return;
    }
    this.rows.set(row.id, row);
    this.emit();
    await this.shelf.put(row);
    void this.kick();
  }

  /** Runs the outbox and the catch-up once now, and again if asked meanwhile. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.loaded;
        if (!this.scope?.online) return;
        try {
          await this.flush();
          await this.catchUp();
        } catch {
          // The link dropped or the hub refused for a passing reason: tried again at the next connection or change.
          return;
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private cursorKey(scope: SyncScope): string {
    return `${scope.meetingId}:${scope.delegateId}`;
  }

  private async flush(): Promise<void> {
    for (const row of this.all().filter((r) => r.pending)) {
      const scope = this.scope;
      if (!scope || row.delegateId !== scope.delegateId || row.meetingId !== scope.meetingId) continue;
      const answer =
        row.pending === 'remove'
          ? await this.link.send('annotations.remove', { meetingId: row.meetingId, id: row.id, baseRev: row.baseRev })
          : await this.link.send('annotations.put', {
              meetingId: row.meetingId,
              id: row.id,
              baseRev: row.baseRev,
              documentId: row.documentId,
              sha256: row.sha256,
              itemId: row.itemId,
              kind: row.kind,
              visibility: row.visibility,
              body: row.body,
            });
      // Edited again while it travelled: the newer edit goes next, made on the revision the hub now has.
      const now = this.rows.get(row.id);
      if (now && now !== row && now.pending) {
        await this.store({ ...now, baseRev: answer.annotation.rev, seq: answer.annotation.seq });
        continue;
      }
      // Applied or not, the hub's row is the truth now (not applied: another device of the delegate changed it first).
      await this.store({ ...answer.annotation, pending: null, baseRev: answer.annotation.rev });
    }
  }

  private async catchUp(): Promise<void> {
    const scope = this.scope;
    if (!scope) return;
    const key = this.cursorKey(scope);
    let since = await this.shelf.cursor(key);
    for (;;) {
      const page = await this.link.send('annotations.sync', { meetingId: scope.meetingId, since });
      await this.take(page.annotations);
      since = page.cursor;
      await this.shelf.setCursor(key, since);
      if (!page.more) return;
    }
  }

  /** The hub's rows: newer ones replace the device's, unless the device has a change of its own still to send. */
  private async take(rows: readonly AnnotationRow[]): Promise<void> {
    const gone: string[] = [];
    for (const row of rows) {
      const mine = this.rows.get(row.id);
      if (mine?.pending) continue;
      if ('gone' in row) {
        if (mine) {
          this.rows.delete(row.id);
          gone.push(row.id);
        }
        continue;
      }
      if (mine && mine.seq >= row.seq) continue;
      const local: LocalAnnotation = { ...row, pending: null, baseRev: row.rev };
      this.rows.set(row.id, local);
      await this.shelf.put(local);
    }
    if (gone.length > 0) await this.shelf.remove(gone);
    this.emit();
  }

  private async store(row: LocalAnnotation): Promise<void> {
    this.rows.set(row.id, row);
    await this.shelf.put(row);
    this.emit();
  }

  snapshot(): LocalAnnotation[] {
    return this.emitted;
  }

  private emit(): void {
    const rows = this.all();
    this.emitted = rows;
    for (const listener of this.listeners) listener(rows);
  }
}

/** Removes from the device what a reader may no longer keep there. */
export async function forgetAnnotations(sync: AnnotationSync, shelf: AnnotationShelf, meetingId: string, doomed: (row: LocalAnnotation) => boolean): Promise<void> {
  const rows = await shelf.list(meetingId);
  await shelf.remove(rows.filter(doomed).map((r) => r.id));
  sync.dropLocal(doomed);
}
