import type { CommandInput } from '../../../shared/protocol/index.ts';
import { download, PreloadError, type DocumentRequest, type FailureKind, type HashMemo } from './download.ts';
import type { Hasher } from './hasher.ts';
import { bytesToForget, bytesToKeep, bytesToPurge, withoutRestricted, type Plan, type PlanDocument } from './plan.ts';
import type { MeetingRecord, DeviceLibrary } from './library.ts';

export type ReportInput = CommandInput<'preload.report'>;
export type FileState = 'queued' | 'downloading' | 'done' | 'failed';

export interface Failure {
  kind: FailureKind;
  message: string;
}

/** One document as the tablet shows it. */
export interface DocumentProgress extends PlanDocument {
  state: FileState;
  bytesDone: number;
  error: Failure | null;
  /** When the next automatic attempt is due (failed only); null when it waits for the reader or the link. */
  retryAt: number | null;
  /** Replaced after publication and this device has not opened the new version yet. */
  updated: boolean;
}

export interface PreloadView {
  meetingId: string | null;
  /** `idle`: nothing to do (no meeting, nobody signed in); `waiting`: the meeting is not published yet. */
  phase: 'idle' | 'waiting' | 'active' | 'closed';
  documents: DocumentProgress[];
  total: number;
  done: number;
  failed: number;
  bytesTotal: number;
  bytesDone: number;
  /** When the restricted documents of the (closed) meeting were deleted from this device. */
  purgedAt: string | null;
}

/** What a forget is about to take off the device: per meeting the device holds, its restricted documents' ids. */
export type ForgetHook = (forgotten: readonly { meetingId: string; restricted: readonly string[] }[]) => Promise<void>;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface PreloadDeps {
  library: DeviceLibrary;
  request: DocumentRequest;
  createHasher: () => Hasher;
  /** Sends `preload.report`; rejects when the hub did not take it (it is sent again later). */
  report: (input: ReportInput) => Promise<void>;
  now?: () => number;
  timers?: Timers;
  /** Bytes per stored chunk while downloading: a drop loses at most this much. */
  chunkBytes?: number;
  /** Progress reports at most this often (state changes go at once). */
  reportEveryMs?: number;
  /** Screens are told of progress at most this often. */
  notifyEveryMs?: number;
  /** Waits before each automatic retry of a failed file; past the last, it waits for the reader's retry. */
  retryDelaysMs?: readonly number[];
}

interface FileRuntime {
  state: FileState;
  bytesDone: number;
  error: Failure | null;
  attempts: number;
  retryAt: number | null;
}

const DEFAULT_RETRIES = [2_000, 5_000, 15_000, 30_000, 60_000, 120_000];
const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * The tablet's preloader: holds on the device every document the reader may see in the followed meeting,
 * one file at a time in plan order, resumed where it stopped, verified by SHA-256; deletes what no meeting
 * needs any more, and the restricted documents once the meeting is closed. Plain TypeScript: the network,
 * the storage, the hash, the clock and the report to the hub are given to it.
 */
export class Preloader {
  private readonly deps: Required<Omit<PreloadDeps, 'now' | 'timers'>> & { now: () => number; timers: Timers };
  private plan: Plan | null = null;
  private record: MeetingRecord | null = null;
  private online = true;
  private disposed = false;
  private readonly files = new Map<string, FileRuntime>();
  private readonly memo: { current: HashMemo | null } = { current: null };
  private active: { sha256: string; controller: AbortController } | null = null;
  private pumping = false;
  private retryTimer: unknown = null;
  /** Plan changes, purges and garbage collection run one after the other. */
  private serial: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly forgetHooks = new Set<ForgetHook>();
  private view: PreloadView = emptyView();
  private notifyTimer: unknown = null;
  private lastNotify = 0;
  private idleWaiters: (() => void)[] = [];
  // Reports to the hub.
  private reportDirty = false;
  private reportUrgent = false;
  private reportTimer: unknown = null;
  private reportInFlight = false;
  private lastReport = 0;
  /** Closed meetings purged while the hub could not be told. */
  private readonly unreportedPurges = new Set<string>();
  /** When the device last forgot a reader's restricted documents, per meeting, until the hub has been told. */
  private readonly unreportedForgets = new Map<string, string>();

  constructor(deps: PreloadDeps) {
    this.deps = {
      chunkBytes: 1 << 20,
      reportEveryMs: 500,
      notifyEveryMs: 150,
      retryDelaysMs: DEFAULT_RETRIES,
      ...deps,
      now: deps.now ?? Date.now,
      timers: deps.timers ?? realTimers,
    };
  }

  /** Looks at what an earlier run left: meetings closed since are purged now (and reported when possible). */
  start(): Promise<void> {
    return this.enqueue(async () => {
      for (const record of await this.deps.library.listMeetings()) {
        if (record.forgottenAt) this.unreportedForgets.set(record.meetingId, record.forgottenAt);
        if (record.status === 'closed') await this.purge(record);
      }
      if (this.unreportedForgets.size > 0) {
        this.reportDirty = true;
        this.reportUrgent = true;
        this.scheduleReport();
      }
    });
  }

  /**
   * The followed meeting's documents for the reader signed in on this device, or null when nobody may read
   * (signed out): downloads pause, and what is stored stays.
   */
  setPlan(plan: Plan | null): Promise<void> {
    if (!plan) {
      this.plan = null;
      this.abortActive();
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
    this.abortActive();
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
        if (underWay) this.unreportedForgets.set(record.meetingId, at);
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
    this.reportDirty = true;
    this.reportUrgent = true;
    this.scheduleReport();
    this.pump();
  }

  /** The reader asked to try a failed document again now. */
  retry(documentId: string): void {
    const document = this.plan?.documents.find((d) => d.documentId === documentId);
    const file = document ? this.files.get(document.sha256) : undefined;
    if (!file || file.state !== 'failed') return;
    file.attempts = 0;
    file.retryAt = this.deps.now();
    this.pump();
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
      this.idleWaiters.push(resolve);
      void this.serial.then(() => this.pump());
    });
  }

  dispose(): void {
    this.disposed = true;
    this.abortActive();
    for (const timer of [this.retryTimer, this.notifyTimer, this.reportTimer]) if (timer) this.deps.timers.clear(timer);
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
    if (this.active && !wanted.has(this.active.sha256)) this.abortActive();
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
    this.pump();
  }

  /** Deletes the bytes no remembered meeting needs (documents removed, earlier versions once the new one is here). */
  private async collect(): Promise<void> {
    const { library } = this.deps;
    const records = await library.listMeetings();
    const keep = bytesToKeep(records, (sha) => this.files.get(sha)?.state === 'done');
    for (const sha of await library.list()) {
      if (keep.has(sha) || this.active?.sha256 === sha) continue;
      await library.remove(sha);
    }
  }

  /** The meeting is closed: its restricted documents leave the device (chunks too), and the hub is told when. */
  private async purge(record: MeetingRecord): Promise<void> {
    const { library } = this.deps;
    const doomed = bytesToPurge(record, await library.listMeetings());
    if (this.active && doomed.includes(this.active.sha256)) this.abortActive();
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
    if (!record.purgeReported) this.unreportedPurges.add(record.meetingId);
    await this.collect();
    this.reportDirty = true;
    this.reportUrgent = true;
    this.scheduleReport();
  }

  // --- downloads -----------------------------------------------------------------------------

  private pump(): void {
    if (this.pumping || this.disposed) return;
    const next = this.nextDue();
    if (!next) {
      this.armRetry();
      if (!this.active) this.wakeIdle();
      return;
    }
    this.pumping = true;
    void this.run(next).finally(() => {
      this.pumping = false;
      this.pump();
    });
  }

  /** The first document in plan order that is queued, or failed and due again. */
  private nextDue(): PlanDocument | null {
    const plan = this.plan;
    if (!plan || plan.status !== 'published' || !this.online) return null;
    const now = this.deps.now();
    for (const document of plan.documents) {
      const file = this.files.get(document.sha256);
      if (!file) continue;
      if (file.state === 'queued' || (file.state === 'failed' && file.retryAt !== null && file.retryAt <= now)) return document;
    }
    return null;
  }

  private async run(document: PlanDocument): Promise<void> {
    const file = this.files.get(document.sha256)!;
    const controller = new AbortController();
    this.active = { sha256: document.sha256, controller };
    Object.assign(file, { state: 'downloading', error: null, retryAt: null });
    this.refresh(true);
    try {
      await download({
        sha256: document.sha256,
        bytes: document.bytes,
        library: this.deps.library,
        request: this.deps.request,
        createHasher: this.deps.createHasher,
        chunkBytes: this.deps.chunkBytes,
        signal: controller.signal,
        memo: this.memo,
        onProgress: (bytesDone) => {
          file.bytesDone = bytesDone;
          this.refresh(false);
        },
      });
      Object.assign(file, { state: 'done', bytesDone: document.bytes, attempts: 0 });
      this.active = null;
      // An earlier version may go now that its successor is here.
      if (document.previous.length > 0) await this.enqueue(() => this.collect());
    } catch (error) {
      if (controller.signal.aborted) {
        // Paused or no longer wanted: what is stored stays, and counts.
        file.state = 'queued';
        file.bytesDone = await this.deps.library.received(document.sha256).catch(() => 0);
      } else {
        const failure: Failure =
          error instanceof PreloadError ? { kind: error.kind, message: error.message } : { kind: 'storage', message: String(error) };
        file.attempts += 1;
        const delay = this.deps.retryDelaysMs[file.attempts - 1];
        Object.assign(file, {
          state: 'failed',
          error: failure,
          retryAt: delay === undefined ? null : this.deps.now() + delay,
          bytesDone: failure.kind === 'sha256' || failure.kind === 'size' ? 0 : file.bytesDone,
        });
      }
    } finally {
      if (this.active?.controller === controller) this.active = null;
      this.refresh(true);
    }
  }

  private abortActive(): void {
    this.active?.controller.abort();
  }

  private armRetry(): void {
    if (this.retryTimer) this.deps.timers.clear(this.retryTimer);
    this.retryTimer = null;
    if (!this.plan || this.plan.status !== 'published' || !this.online) return;
    let soonest = Infinity;
    for (const file of this.files.values()) if (file.state === 'failed' && file.retryAt !== null) soonest = Math.min(soonest, file.retryAt);
    if (soonest === Infinity) return;
    this.retryTimer = this.deps.timers.set(() => {
      this.retryTimer = null;
      this.pump();
    }, Math.max(0, soonest - this.deps.now()));
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  // --- view and reports ----------------------------------------------------------------------

  /** Recomputes the view; a change of state is told at once, mere progress at most every `notifyEveryMs`. */
  private refresh(stateChanged: boolean): void {
    this.view = this.computeView();
    this.reportDirty = true;
    if (stateChanged) this.reportUrgent = true;
    this.scheduleReport();
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

  private computeView(): PreloadView {
    const plan = this.plan;
    if (!plan) return { ...emptyView(), purgedAt: null };
    const opened = this.record?.opened ?? {};
    const documents = plan.documents.map((document): DocumentProgress => {
      const file = this.files.get(document.sha256) ?? { state: 'queued', bytesDone: 0, error: null, retryAt: null };
      return {
        ...document,
        state: file.state,
        bytesDone: Math.min(file.bytesDone, document.bytes),
        error: file.error,
        retryAt: file.retryAt,
        updated: document.updatedAt !== null && (opened[document.documentId] ?? 0) < document.version,
      };
    });
    return {
      meetingId: plan.meetingId,
      phase: plan.status === 'published' ? 'active' : plan.status === 'closed' ? 'closed' : 'waiting',
      documents,
      total: documents.length,
      done: documents.filter((d) => d.state === 'done').length,
      failed: documents.filter((d) => d.state === 'failed').length,
      bytesTotal: documents.reduce((sum, d) => sum + d.bytes, 0),
      bytesDone: documents.reduce((sum, d) => sum + d.bytesDone, 0),
      purgedAt: this.record?.purgedAt ?? null,
    };
  }

  private scheduleReport(): void {
    if (!this.reportDirty || this.reportInFlight || !this.online || this.disposed) return;
    // A draft meeting is not the tablets' business yet: the hub takes reports for published and closed ones.
    const reportable = this.plan !== null && this.plan.status !== 'draft';
    if (!reportable && this.unreportedPurges.size === 0 && this.unreportedForgets.size === 0) return;
    const wait = this.reportUrgent ? 0 : Math.max(0, this.lastReport + this.deps.reportEveryMs - this.deps.now());
    if (this.reportTimer) {
      if (wait > 0) return;
      this.deps.timers.clear(this.reportTimer);
    }
    this.reportTimer = this.deps.timers.set(() => void this.sendReports(), wait);
  }

  private async sendReports(): Promise<void> {
    this.reportTimer = null;
    if (this.reportInFlight || !this.online) return;
    this.reportInFlight = true;
    this.reportDirty = false;
    this.reportUrgent = false;
    this.lastReport = this.deps.now();
    let failed = false;
    try {
      const plan = this.plan;
      if (plan && plan.status !== 'draft') failed = !(await this.sendReport(plan.meetingId, this.reportOf(this.view)));
      for (const meetingId of new Set([...this.unreportedPurges, ...this.unreportedForgets.keys()])) {
        if (meetingId === plan?.meetingId) continue;
        const record = await this.deps.library.getMeeting(meetingId);
        if (record) failed = !(await this.sendReport(meetingId, await this.reportOfRecord(record))) || failed;
      }
    } finally {
      this.reportInFlight = false;
    }
    // A refused report waits for the next change or reconnection rather than retrying in a loop.
    if (failed) return;
    this.scheduleReport();
  }

  /** True when the hub took it. */
  private async sendReport(meetingId: string, input: ReportInput): Promise<boolean> {
    try {
      await this.deps.report(input);
    } catch {
      this.reportDirty = true;
      return false;
    }
    if (input.forgottenAt && this.unreportedForgets.get(meetingId) === input.forgottenAt) {
      this.unreportedForgets.delete(meetingId);
      await this.enqueue(async () => {
        const record = await this.deps.library.getMeeting(meetingId);
        if (record && record.forgottenAt === input.forgottenAt) await this.deps.library.putMeeting({ ...record, forgottenAt: null });
      });
    }
    if (input.purgedAt && this.unreportedPurges.delete(meetingId)) {
      await this.enqueue(async () => {
        const record = await this.deps.library.getMeeting(meetingId);
        if (record && record.purgedAt === input.purgedAt) await this.deps.library.putMeeting({ ...record, purgeReported: true });
        if (this.record?.meetingId === meetingId) this.record.purgeReported = true;
      });
    }
    return true;
  }

  private reportOf(view: PreloadView): ReportInput {
    return {
      meetingId: view.meetingId ?? '',
      documents: view.documents.map((d) => ({
        documentId: d.documentId,
        sha256: d.sha256,
        bytes: d.bytes,
        bytesDone: d.bytesDone,
        state: d.state,
        error: d.error ? d.error.message.slice(0, 500) : null,
        errorKind: d.error?.kind ?? null,
      })),
      purgedAt: view.purgedAt,
      forgottenAt: this.unreportedForgets.get(view.meetingId ?? '') ?? null,
    };
  }

  /** A meeting purged at start and not followed now: its documents as the device holds them. */
  private async reportOfRecord(record: MeetingRecord): Promise<ReportInput> {
    const documents: ReportInput['documents'] = [];
    for (const d of record.documents) {
      const held = await this.deps.library.hasFile(d.sha256);
      const received = held ? d.bytes : await this.deps.library.received(d.sha256);
      documents.push({ documentId: d.documentId, sha256: d.sha256, bytes: d.bytes, bytesDone: received, state: held ? 'done' : 'queued', error: null, errorKind: null });
    }
    return { meetingId: record.meetingId, documents, purgedAt: record.purgedAt, forgottenAt: this.unreportedForgets.get(record.meetingId) ?? null };
  }
}

function emptyView(): PreloadView {
  return { meetingId: null, phase: 'idle', documents: [], total: 0, done: 0, failed: 0, bytesTotal: 0, bytesDone: 0, purgedAt: null };
}
