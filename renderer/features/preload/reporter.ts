// The preloader's reports to the hub (`preload.report`).
import type { ReportInput, ResolvedDeps } from './deps.ts';
import type { MeetingRecord } from './library.ts';
import type { Plan } from './plan.ts';
import type { PreloadView } from './progress.ts';

/** What the reporter reads of the preloader, always as it is at that moment. */
export interface ReporterHost {
  deps: ResolvedDeps;
  plan(): Plan | null;
  view(): PreloadView;
  record(): MeetingRecord | null;
  online(): boolean;
  disposed(): boolean;
  /** Runs work in the preloader's queue (plan changes, purges and garbage collection run one after the other). */
  enqueue(work: () => Promise<void>): Promise<void>;
}

/**
 * Tells the hub what this device holds: the followed meeting's progress at most every `reportEveryMs` (a change of
 * state at once), and, per meeting, the purges and forgets it has not taken yet.
 */
export class Reporter {
  private readonly host: ReporterHost;
  private dirty = false;
  private urgent = false;
  private timer: unknown = null;
  private inFlight = false;
  private last = 0;
  /** Closed meetings purged while the hub could not be told. */
  readonly unreportedPurges = new Set<string>();
  /** When the device last forgot a reader's restricted documents, per meeting, until the hub has been told. */
  readonly unreportedForgets = new Map<string, string>();

  constructor(host: ReporterHost) {
    this.host = host;
  }

  /** Something to report changed; `urgent` (a change of state, a purge, a reconnection): sent at once. */
  changed(urgent: boolean): void {
    this.dirty = true;
    if (urgent) this.urgent = true;
    this.schedule();
  }

  dispose(): void {
    if (this.timer) this.host.deps.timers.clear(this.timer);
  }

  private schedule(): void {
    if (!this.dirty || this.inFlight || !this.host.online() || this.host.disposed()) return;
    // A draft meeting is not the tablets' business yet: the hub takes reports for published and closed ones.
    const plan = this.host.plan();
    const reportable = plan !== null && plan.status !== 'draft';
    if (!reportable && this.unreportedPurges.size === 0 && this.unreportedForgets.size === 0) return;
    const wait = this.urgent ? 0 : Math.max(0, this.last + this.host.deps.reportEveryMs - this.host.deps.now());
    if (this.timer) {
      if (wait > 0) return;
      this.host.deps.timers.clear(this.timer);
    }
    this.timer = this.host.deps.timers.set(() => void this.send(), wait);
  }

  private async send(): Promise<void> {
    this.timer = null;
    if (this.inFlight || !this.host.online()) return;
    this.inFlight = true;
    this.dirty = false;
    this.urgent = false;
    this.last = this.host.deps.now();
    let failed = false;
    try {
      const plan = this.host.plan();
      if (plan && plan.status !== 'draft') failed = !(await this.sendReport(plan.meetingId, this.reportOf(this.host.view())));
      for (const meetingId of new Set([...this.unreportedPurges, ...this.unreportedForgets.keys()])) {
        if (meetingId === plan?.meetingId) continue;
        const record = await this.host.deps.library.getMeeting(meetingId);
        if (record) failed = !(await this.sendReport(meetingId, await this.reportOfRecord(record))) || failed;
      }
    } finally {
      this.inFlight = false;
    }
    // A refused report waits for the next change or reconnection rather than retrying in a loop.
    if (failed) return;
    this.schedule();
  }

  /** True when the hub took it. */
  private async sendReport(meetingId: string, input: ReportInput): Promise<boolean> {
    try {
      await this.host.deps.report(input);
    } catch {
      this.dirty = true;
      return false;
    }
    if (input.forgottenAt && this.unreportedForgets.get(meetingId) === input.forgottenAt) {
      this.unreportedForgets.delete(meetingId);
      await this.host.enqueue(async () => {
        const record = await this.host.deps.library.getMeeting(meetingId);
        if (record && record.forgottenAt === input.forgottenAt) await this.host.deps.library.putMeeting({ ...record, forgottenAt: null });
      });
    }
    if (input.purgedAt && this.unreportedPurges.delete(meetingId)) {
      await this.host.enqueue(async () => {
        const record = await this.host.deps.library.getMeeting(meetingId);
        if (record && record.purgedAt === input.purgedAt) await this.host.deps.library.putMeeting({ ...record, purgeReported: true });
        const current = this.host.record();
        if (current?.meetingId === meetingId) current.purgeReported = true;
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
      const held = await this.host.deps.library.hasFile(d.sha256);
      const received = held ? d.bytes : await this.host.deps.library.received(d.sha256);
      documents.push({ documentId: d.documentId, sha256: d.sha256, bytes: d.bytes, bytesDone: received, state: held ? 'done' : 'queued', error: null, errorKind: null });
    }
    return { meetingId: record.meetingId, documents, purgedAt: record.purgedAt, forgottenAt: this.unreportedForgets.get(record.meetingId) ?? null };
  }
}
