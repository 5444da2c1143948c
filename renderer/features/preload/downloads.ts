// The preloader's downloads: one file at a time in plan order, each failure retried after a wait.
import { download, PreloadError, type HashMemo } from './download.ts';
import type { ResolvedDeps } from './deps.ts';
import type { Plan, PlanDocument } from './plan.ts';
import type { Failure, FileRuntime } from './progress.ts';

/** What the downloads read and change of the preloader, always as it is at that moment. */
export interface DownloadsHost {
  deps: ResolvedDeps;
  plan(): Plan | null;
  /** Each planned file's state, by SHA-256: the preloader's own map, changed here as files download. */
  files: Map<string, FileRuntime>;
  online(): boolean;
  disposed(): boolean;
  /** The view changed; `stateChanged`: told at once. */
  refresh(stateChanged: boolean): void;
  /** Deletes the bytes no remembered meeting needs, in the preloader's queue. */
  collect(): Promise<void>;
}

export class Downloads {
  private readonly host: DownloadsHost;
  private readonly memo: { current: HashMemo | null } = { current: null };
  private active: { sha256: string; controller: AbortController } | null = null;
  private pumping = false;
  private retryTimer: unknown = null;
  private idleWaiters: (() => void)[] = [];

  constructor(host: DownloadsHost) {
    this.host = host;
  }

  /** The file downloading now, if any. */
  activeSha256(): string | null {
    return this.active?.sha256 ?? null;
  }

  /** `wake` is called once nothing is downloading and nothing is due now. */
  onIdle(wake: () => void): void {
    this.idleWaiters.push(wake);
  }

  dispose(): void {
    if (this.retryTimer) this.host.deps.timers.clear(this.retryTimer);
  }

  pump(): void {
    if (this.pumping || this.host.disposed()) return;
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
    const plan = this.host.plan();
    if (!plan || plan.status !== 'published' || !this.host.online()) return null;
    const now = this.host.deps.now();
    for (const document of plan.documents) {
      const file = this.host.files.get(document.sha256);
      if (!file) continue;
      if (file.state === 'queued' || (file.state === 'failed' && file.retryAt !== null && file.retryAt <= now)) return document;
    }
    return null;
  }

  private async run(document: PlanDocument): Promise<void> {
    const file = this.host.files.get(document.sha256)!;
    const controller = new AbortController();
    this.active = { sha256: document.sha256, controller };
    Object.assign(file, { state: 'downloading', error: null, retryAt: null });
    this.host.refresh(true);
    try {
      await download({
        sha256: document.sha256,
        bytes: document.bytes,
        library: this.host.deps.library,
        request: this.host.deps.request,
        createHasher: this.host.deps.createHasher,
        chunkBytes: this.host.deps.chunkBytes,
        signal: controller.signal,
        memo: this.memo,
        onProgress: (bytesDone) => {
          file.bytesDone = bytesDone;
          this.host.refresh(false);
        },
      });
      Object.assign(file, { state: 'done', bytesDone: document.bytes, attempts: 0 });
      this.active = null;
      // An earlier version may go now that its successor is here.
      if (document.previous.length > 0) await this.host.collect();
    } catch (error) {
      if (controller.signal.aborted) {
        // Paused or no longer wanted: what is stored stays, and counts.
        file.state = 'queued';
        file.bytesDone = await this.host.deps.library.received(document.sha256).catch(() => 0);
      } else {
        const failure: Failure =
          error instanceof PreloadError ? { kind: error.kind, message: error.message } : { kind: 'storage', message: String(error) };
        file.attempts += 1;
        const delay = this.host.deps.retryDelaysMs[file.attempts - 1];
        Object.assign(file, {
          state: 'failed',
          error: failure,
          retryAt: delay === undefined ? null : this.host.deps.now() + delay,
          bytesDone: failure.kind === 'sha256' || failure.kind === 'size' ? 0 : file.bytesDone,
        });
      }
    } finally {
      if (this.active?.controller === controller) this.active = null;
      this.host.refresh(true);
    }
  }

  /** Stops the file downloading now, if any: what is stored stays. */
  abort(): void {
    this.active?.controller.abort();
  }

  private armRetry(): void {
    if (this.retryTimer) this.host.deps.timers.clear(this.retryTimer);
    this.retryTimer = null;
    const plan = this.host.plan();
    if (!plan || plan.status !== 'published' || !this.host.online()) return;
    let soonest = Infinity;
    for (const file of this.host.files.values()) if (file.state === 'failed' && file.retryAt !== null) soonest = Math.min(soonest, file.retryAt);
    if (soonest === Infinity) return;
    this.retryTimer = this.host.deps.timers.set(() => {
      this.retryTimer = null;
      this.pump();
    }, Math.max(0, soonest - this.host.deps.now()));
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
