import type { MeetingSnapshot, PushPayload } from '../../shared/protocol/index.ts';
import { applyChanges } from '../../shared/domain/changes.ts';
import { toHubError } from './errors.ts';
import { COMMAND_TIMEOUT_MS, RETRY_MS, type HubLink } from './link.ts';
import type { HubStateApi } from './state.ts';
import type { SnapshotKeeper } from './keptSnapshots.ts';

/** A snapshot is written to the device at most this often (pushes can come several a second). */
export const KEEP_EVERY_MS = 1_000;

/** How often a screen following a meeting that is not published yet asks again (no push tells a draft's readers). */
export const NOT_PUBLISHED_RETRY_MS = 15_000;

type ChangedPush = PushPayload<'meeting.changed'>;

/**
 * The meeting this screen follows, kept up to date: `meeting.open` on follow and on every reconnection (only what
 * was missed, with `sinceRevision`), pushes (each covering one revision or several merged) applied in revision order,
 * a gap or an overtaken answer closed by asking again. The last unfollowed meeting is kept for the next screen on it.
 */
export class MeetingFollower {
  private readonly link: HubLink;
  private readonly state: HubStateApi;
  /** Bumped by every `meeting.open`, so an answer that arrives after a newer request is dropped. */
  private openSeq = 0;
  private opening = false;
  /** Pushes that arrived while a `meeting.open` was in flight; replayed on its answer. */
  private buffered: ChangedPush[] = [];
  /** The meeting last unfollowed, kept so that the next screen on it (agenda ↔ viewer) has it at once, even offline. */
  private lastFollowed: { id: string; snapshot: MeetingSnapshot } | null = null;
  /** Where the signed-in delegate's meeting is kept on the device, for a reload with the hub out of reach. */
  private readonly keeper: SnapshotKeeper | null;
  /** Whose view a kept snapshot is (null: nobody whose view is kept, i.e. not a delegate of that meeting). */
  private readonly readerOf: (meetingId: string) => string | null;
  private keepTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: { link: HubLink; state: HubStateApi; keeper?: SnapshotKeeper | null; readerOf?: (meetingId: string) => string | null }) {
    this.link = options.link;
    this.state = options.state;
    this.keeper = options.keeper ?? null;
    this.readerOf = options.readerOf ?? (() => null);
    this.link.on('meeting.changed', (push) => this.onChanged(push));
    if (this.keeper) {
      this.state.subscribe((now, before) => {
        if (now.meeting?.snapshot && now.meeting.snapshot !== before.meeting?.snapshot) this.scheduleKeep();
      });
    }
  }

  /**
   * With nothing from the hub yet (a reload, the hub out of reach), shows the meeting as this device kept it for the
   * same reader; `meeting.open` then asks only for what changed since (or everything, if the hub is up first).
   */
  async restoreKept(): Promise<void> {
    const followed = this.state.getState().meeting;
    const reader = followed ? this.readerOf(followed.id) : null;
    if (!this.keeper || !followed || followed.snapshot || !reader) return;
    const snapshot = await this.keeper.load(followed.id, reader).catch(() => null);
    const now = this.state.getState().meeting;
    if (!snapshot || now?.id !== followed.id || now.snapshot || this.readerOf(followed.id) !== reader) return;
    this.state.setState({ meeting: { id: followed.id, snapshot, error: null } });
  }

  /** Deletes what the device kept (the delegate's session ended here). */
  async forgetStored(): Promise<void> {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    await this.keeper?.clear();
  }

  private scheduleKeep(): void {
    if (this.keepTimer) return;
    this.keepTimer = setTimeout(() => {
      this.keepTimer = null;
      const followed = this.state.getState().meeting;
      const reader = followed ? this.readerOf(followed.id) : null;
      if (followed?.snapshot && reader) void this.keeper?.save(followed.id, reader, followed.snapshot).catch(() => undefined);
    }, KEEP_EVERY_MS);
  }

  /** Follows one meeting (the previous one, if any, is closed). */
  follow(meetingId: string): void {
    const current = this.state.getState().meeting;
    if (current?.id === meetingId) return;
    if (current && this.link.ready) this.link.fireAndForget('meeting.close', { meetingId: current.id });
    this.buffered = [];
    const kept = this.lastFollowed?.id === meetingId ? this.lastFollowed.snapshot : null;
    this.lastFollowed = null;
    this.state.setState({ meeting: { id: meetingId, snapshot: kept, error: null } });
    if (this.link.ready) void this.open(!kept);
    else if (!kept) void this.restoreKept();
  }

  unfollow(meetingId: string): void {
    const followed = this.state.getState().meeting;
    if (followed?.id !== meetingId) return;
    this.lastFollowed = followed.snapshot ? { id: meetingId, snapshot: followed.snapshot } : null;
    this.openSeq++;
    this.opening = false;
    this.buffered = [];
    this.state.setState({ meeting: null });
    if (this.link.ready) this.link.fireAndForget('meeting.close', { meetingId });
  }

  /** Whether a meeting is followed. */
  get following(): boolean {
    return this.state.getState().meeting !== null;
  }

  /** The link is ready again: ask for what was missed. */
  resume(): void {
    if (this.state.getState().meeting) void this.open(false);
  }

  /** Who may see what changed (session, pairing): take a fresh snapshot of the followed meeting. */
  refresh(): void {
    if (this.state.getState().meeting && this.link.ready) void this.open(true);
  }

  /** Forgets the kept meeting: what a screen may see depends on who reads. */
  forgetKept(): void {
    this.lastFollowed = null;
  }

  /** The link dropped: an answer in flight will never come. */
  dropped(): void {
    this.opening = false;
    this.openSeq++;
  }

  /** Asks for the meeting: everything (`full`), or only what happened after the revision we hold. */
  private async open(full: boolean): Promise<void> {
    const followed = this.state.getState().meeting;
    if (!followed) return;
    const held = full ? null : followed.snapshot;
    const seq = ++this.openSeq;
    this.opening = true;
    try {
      const { data } = await this.link.request(
        'meeting.open',
        held ? { meetingId: followed.id, sinceRevision: held.revision } : { meetingId: followed.id },
        COMMAND_TIMEOUT_MS,
      );
      if (seq !== this.openSeq || this.state.getState().meeting?.id !== followed.id) return;
      let snapshot = data.mode === 'snapshot' ? data.snapshot : held ? applyChanges(held, data.revision, data.changes) : null;
      this.opening = false;
      if (!snapshot) return void this.open(true);
      // Pushes that overtook the answer: apply those that follow on, ask again if one is missing.
      const pending = this.buffered.filter((p) => p.meetingId === followed.id).sort((a, b) => a.revision - b.revision);
      this.buffered = [];
      let gap = false;
      for (const push of pending) {
        if (push.revision <= snapshot.revision) continue;
        if (push.fromRevision > snapshot.revision + 1) {
          gap = true;
          break;
        }
        snapshot = applyChanges(snapshot, push.revision, push.changes);
      }
      this.state.setState({ meeting: { id: followed.id, snapshot, error: null } });
      if (gap) void this.open(false);
    } catch (error) {
      if (seq !== this.openSeq) return;
      this.opening = false;
      const failure = toHubError(error);
      const meeting = this.state.getState().meeting;
      if (meeting?.id !== followed.id) return;
      this.state.setState({ meeting: { ...meeting, error: { code: failure.code, message: failure.message } } });
      // A lost answer is retried soon, a draft now and then until it is published; a refusal (no such meeting,
      // forbidden) is shown and left alone.
      const retryIn = failure.code === 'timeout' || failure.code === 'internal' ? RETRY_MS : failure.code === 'not_published' ? NOT_PUBLISHED_RETRY_MS : null;
      if (retryIn !== null) {
        setTimeout(() => {
          if (seq === this.openSeq && this.link.ready) void this.open(false);
        }, retryIn);
      }
    }
  }

  private onChanged(push: ChangedPush): void {
    const meeting = this.state.getState().meeting;
    if (!meeting || push.meetingId !== meeting.id) return;
    if (this.opening) {
      this.buffered.push(push);
      return;
    }
    if (!meeting.snapshot) return;
    const held = meeting.snapshot;
    if (push.revision <= held.revision) return;
    // A push covers revisions fromRevision..revision, merged: one that starts past the next revision means one was missed.
    if (push.fromRevision > held.revision + 1) {
      this.buffered.push(push);
      void this.open(false);
      return;
    }
    this.state.setState({ meeting: { ...meeting, snapshot: applyChanges(held, push.revision, push.changes), error: null } });
  }
}
