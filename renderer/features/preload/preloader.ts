import { bytesToForget, bytesToKeep, bytesToPurge, withoutRestricted, type Plan } from './plan.ts';
import type { MeetingRecord } from './library.ts';
import { withDefaults, type ForgetHook, type PreloadDeps, type ResolvedDeps } from './deps.ts';
import { emptyView, viewOf, type FileRuntime, type PreloadView } from './progress.ts';
import { Downloads } from './downloads.ts';
import { Reporter } from './reporter.ts';

export type { ForgetHook, PreloadDeps, ReportInput, Timers } from './deps.ts';
export type { DocumentProgress, Failure, FileState, PreloadView } from './progress.ts';

/**
 * The tablet's preloader: holds on the device every document the reader may see in the followed meeting,
 * one file at a time in plan order, resumed where it stopped, verified by SHA-256; deletes what no meeting
 * needs any more, and the restricted documents once the meeting is closed. Plain TypeScript: the network,
 * the storage, the hash, the clock and the report to the hub are given to it.
 */
export class Preloader {
  private readonly deps: ResolvedDeps;
  private plan: Plan | null = null;
  private record: MeetingRecord | null = null;
  private online = true;
  private disposed = false;
  private readonly files = new Map<string, FileRuntime>();
  /** Plan changes, purges and garbage collection run one after the other. */
  private serial: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly forgetHooks = new Set<ForgetHook>();
  private view: PreloadView = emptyView();
  private notifyTimer: unknown = null;
  private lastNotify = 0;
  private readonly reporter: Reporter;
  private readonly downloads: Downloads;

  constructor(deps: PreloadDeps) {
    this.deps = withDefaults(deps);
    this.reporter = new Reporter({
      deps: this.deps,
      plan: () => this.plan,
      view: () => this.view,
      record: () => this.record,
      online: () => this.online,
      disposed: () => this.disposed,
      enqueue: (work) => this.enqueue(work),
    });
    this.downloads = new Downloads({
      deps: this.deps,
      plan: () => this.plan,
      files: this.files,
      online: () => this.online,
      disposed: () => this.disposed,
      refresh: (stateChanged) => this.refresh(stateChanged),
      collect: () => this.enqueue(() => this.collect()),
    });
  }

  /** Looks at what an earlier run left: meetings closed since are purged now (and reported when possible). */
  start(): Promise<void> {
    return this.enqueue(async () => {
      for (const record of await this.deps.library.listMeetings()) {
        if (record.forgottenAt) this.reporter.unreportedForgets.set(record.meetingId, record.forgottenAt);
        if (record.status === 'closed') await this.purge(record);
      }
      if (this.reporter.unreportedForgets.size > 0) this.reporter.changed(true);
    });
  }

  /**
   * The followed meeting's documents for the reader signed in on this device, or null when nobody may read
   * (signed out): downloads pause, and what is stored stays.
   */
  setPlan(plan: Plan | null): Promise<void> {
    if (!plan) {
      this.plan = null;
      this.downloads.abort();
      this.refresh(true);
      return this.serial;
    }
    return this.enqueue(() => this.applyPlan(plan));
  }

  /**
   * The reader's session ended on this device (signed out, moved to another device, expired): every restricted
   * document leaves it, whole or partly downloaded, before anyone else signs in; what stays is what anyone may read
   * (`bytesToForget`). The hub is told, per meeting under way, with `forgottenAt` (now, or at the next connection).
   * Resolves with the number of files deleted.
   */
  forget(): Promise<number> {
    this.plan = null;
    this.downloads.abort();
    let deleted = 0;
    return this.enqueue(async () => {
      const { library } = this.deps;
      const records = await library.listMeetings();
      await this.runForgetHooks(records);
      for (const sha of bytesToForget(records)) {
        await library.remove(sha);
        deleted++;
      }
      const at = new Date(this.deps.now()).toISOString();
      // Every meeting under way hears of it, restricted documents or none: the secretariat sees each tablet go
      // through its clean-up after each sign-out.
      for (const record of records) {
        const underWay = record.status === 'published';
        if (!underWay && !record.documents.some((d) => d.restricted)) continue;
        await library.putMeeting({ ...withoutRestricted(record), forgottenAt: underWay ? at : (record.forgottenAt ?? null) });
        if (underWay) this.reporter.unreportedForgets.set(record.meetingId, at);
      }
      this.files.clear();
      this.record = null;
      this.refresh(true);
    }).then(() => deleted);
  }

  /**
   * Runs before every forget, in its queue, ahead of the documents' deletion: what else the reader left on the device
   * (her annotations) is dealt with first, told which documents of which meetings are restricted. A failing hook does
   * not keep the documents.
   */
  onForget(hook: ForgetHook): () => void {
    this.forgetHooks.add(hook);
    return () => this.forgetHooks.delete(hook);
  }

  private async runForgetHooks(records: readonly MeetingRecord[]): Promise<void> {
    const forgotten = records.map((r) => ({ meetingId: r.meetingId, restricted: r.documents.filter((d) => d.restricted).map((d) => d.documentId) }));
    for (const hook of [...this.forgetHooks]) await hook(forgotten).catch(() => undefined);
  }

  /** The link to the hub came or went. Coming back, failed downloads try again and the state is reported. */
  setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    if (!online) return;
    for (const file of this.files.values()) {
      if (file.state === 'failed' && file.error?.kind === 'network') file.retryAt = this.deps.now();
    }
    this.reporter.changed(true);
    this.downloads.pump();
  }

  /** The reader asked to try a failed document again now. */
  retry(documentId: string): void {
    const document = this.plan?.documents.find((d) => d.documentId === documentId);
    const file = document ? this.files.get(document.sha256) : undefined;
    if (!file || file.state !== 'failed') return;
    file.attempts = 0;
    file.retryAt = this.deps.now();
    this.downloads.pump();
  }

  /** The reader opened this version: its "updated" mark goes, on this device, for good. */
  markOpened(meetingId: string, documentId: string, version: number): Promise<void> {
    return this.enqueue(async () => {
      const record = this.record?.meetingId === meetingId ? this.record : await this.deps.library.getMeeting(meetingId);
      if (!record || (record.opened[documentId] ?? 0) >= version) return;
      record.opened = { ...record.opened, [documentId]: version };
      await this.deps.library.putMeeting(record);
      this.refresh(true);
    });
  }

  /** The document's bytes if this device holds them, verified. */
  readFile(sha256: string): Promise<Uint8Array | null> {
    return this.deps.library.readFile(sha256);
  }

  getView(): PreloadView {
    return this.view;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once nothing is downloading and nothing is due now (every file done, or failed and waiting). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.downloads.onIdle(resolve);
      void this.serial.then(() => this.downloads.pump());
    });
  }

  dispose(): void {
    this.disposed = true;
    this.downloads.abort();
    this.downloads.dispose();
    if (this.notifyTimer) this.deps.timers.clear(this.notifyTimer);
    this.reporter.dispose();
    this.listeners.clear();
  }

  // --- plan ----------------------------------------------------------------------------------

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.serial.then(work, work);
    this.serial = next.catch(() => undefined);
    return next;
  }

  private async applyPlan(plan: Plan): Promise<void> {
    const { library } = this.deps;
    const before = await library.getMeeting(plan.meetingId);
    const record: MeetingRecord = {
      meetingId: plan.meetingId,
      status: plan.status,
      documents: plan.documents.map(({ documentId, sha256, bytes, restricted, version, previous }) => ({ documentId, sha256, bytes, restricted, version, previous })),
      opened: before?.opened ?? {},
      purgedAt: before?.purgedAt ?? null,
      purgeReported: before?.purgeReported ?? false,
      forgottenAt: before?.forgottenAt ?? null,
    };
    await library.putMeeting(record);
    if (this.plan?.meetingId !== plan.meetingId) this.files.clear();
    this.plan = plan;
    this.record = record;

    const wanted = new Set(plan.documents.map((d) => d.sha256));
    const active = this.downloads.activeSha256();
    if (active !== null && !wanted.has(active)) this.downloads.abort();
    for (const sha of [...this.files.keys()]) if (!wanted.has(sha)) this.files.delete(sha);
    for (const document of plan.documents) {
      if (this.files.has(document.sha256)) continue;
      const done = await library.hasFile(document.sha256);
      const received = done ? document.bytes : await library.received(document.sha256);
      this.files.set(document.sha256, { state: done ? 'done' : 'queued', bytesDone: received, error: null, attempts: 0, retryAt: null });
    }

    if (plan.status === 'closed') await this.purge(record);
    else await this.collect();
    this.refresh(true);
    this.downloads.pump();
  }

  /** Deletes the bytes no remembered meeting needs (documents removed, earlier versions once the new one is here). */
  private async collect(): Promise<void> {
    const { library } = this.deps;
    const records = await library.listMeetings();
    const keep = bytesToKeep(records, (sha) => this.files.get(sha)?.state === 'done');
    for (const sha of await library.list()) {
      if (keep.has(sha) || this.downloads.activeSha256() === sha) continue;
      await library.remove(sha);
    }
  }

  /** The meeting is closed: its restricted documents leave the device (chunks too), and the hub is told when. */
  private async purge(record: MeetingRecord): Promise<void> {
    const { library } = this.deps;
    const doomed = bytesToPurge(record, await library.listMeetings());
    const active = this.downloads.activeSha256();
    if (active !== null && doomed.includes(active)) this.downloads.abort();
    for (const sha of doomed) {
      await library.remove(sha);
      const file = this.files.get(sha);
      if (file) Object.assign(file, { state: 'queued', bytesDone: 0, error: null, retryAt: null });
    }
    if (!record.purgedAt) {
      record.purgedAt = new Date(this.deps.now()).toISOString();
      record.purgeReported = false;
      await library.putMeeting(record);
    }
    if (!record.purgeReported) this.reporter.unreportedPurges.add(record.meetingId);
    await this.collect();
    this.reporter.changed(true);
  }

  // --- view and reports ----------------------------------------------------------------------

  /** Recomputes the view; a change of state is told at once, mere progress at most every `notifyEveryMs`. */
  private refresh(stateChanged: boolean): void {
    this.view = viewOf(this.plan, this.record, this.files);
    this.reporter.changed(stateChanged);
    const now = this.deps.now();
    if (stateChanged || now - this.lastNotify >= this.deps.notifyEveryMs) return this.notify();
    if (!this.notifyTimer) {
      this.notifyTimer = this.deps.timers.set(() => this.notify(), this.deps.notifyEveryMs - (now - this.lastNotify));
    }
  }

  private notify(): void {
    if (this.notifyTimer) this.deps.timers.clear(this.notifyTimer);
    this.notifyTimer = null;
    this.lastNotify = this.deps.now();
    for (const listener of [...this.listeners]) listener();
  }
}
