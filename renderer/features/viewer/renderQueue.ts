// The order pages are drawn in: the page asked for first, then its neighbours by distance, text layers after the
// drawings near them, thumbnails last. One job at a time, as pdf.js's worker is one thread: two drawings at once
// would only share it and both finish late. A job whose page left the viewport is dropped before it starts.
import type { PdfTask } from '../pdf/types.ts';

export type JobKind = 'draw' | 'text' | 'thumbnail';

interface Job {
  page: number;
  kind: JobKind;
  start: () => PdfTask;
  task: PdfTask | null;
  done: (error?: unknown) => void;
  order: number;
}

/** Lower first: a page's drawing, then its text, then the next page's drawing; thumbnails after every page. */
export function priority(kind: JobKind, page: number, focus: number): number {
  const distance = Math.abs(page - focus);
  if (kind === 'thumbnail') return 1_000_000 + distance;
  return distance * 2 + (kind === 'text' ? 1 : 0);
}

export class RenderQueue {
  private readonly waiting = new Set<Job>();
  private running: Job | null = null;
  private focus = 0;
  private scheduled = false;
  private counter = 0;
  private drawn = false;

  /** The page the reader is on (0-based): jobs nearest to it go first. */
  setFocus(page: number): void {
    this.focus = page;
  }

  /** Runs `start` when its turn comes. Cancelling drops a waiting job, or calls off the running one. */
  enqueue(page: number, kind: JobKind, start: () => PdfTask): PdfTask {
    let settle!: (error?: unknown) => void;
    const promise = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    const job: Job = { page, kind, start, task: null, done: settle, order: this.counter++ };
    this.waiting.add(job);
    this.schedule();
    return {
      promise,
      cancel: () => {
        if (this.waiting.delete(job)) return job.done(new Error('cancelled'));
        if (this.running !== job) return;
        job.task?.cancel();
        // The next page need not wait for pdf.js to wind this one down.
        this.finish(job, new Error('cancelled'));
      },
    };
  }

  /** Resolves once a page was drawn and nothing is drawing or waiting to (work done ahead of time waits for it). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (!this.drawn || this.running || this.waiting.size > 0 || this.scheduled ? setTimeout(check, 50) : resolve());
      check();
    });
  }

  /** Jobs asked for in the same moment (a jump mounts several pages) are ordered before the first starts. */
  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.next();
    }, 0);
  }

  private next(): void {
    if (this.running) return;
    let best: Job | null = null;
    let bestRank = Infinity;
    for (const job of this.waiting) {
      const rank = priority(job.kind, job.page, this.focus);
      if (rank < bestRank || (rank === bestRank && best && job.order < best.order)) {
        best = job;
        bestRank = rank;
      }
    }
    if (!best) return;
    const job = best;
    this.waiting.delete(job);
    this.running = job;
    try {
      job.task = job.start();
      job.task.promise.then(
        () => this.finish(job),
        (error: unknown) => this.finish(job, error ?? new Error('failed')),
      );
    } catch (error) {
      this.finish(job, error ?? new Error('failed'));
    }
  }

  /** Once per job: the first of its end and its cancelling counts. */
  private finish(job: Job, error?: unknown): void {
    if (this.running !== job) return;
    this.running = null;
    if (job.kind === 'draw' && error === undefined) this.drawn = true;
    job.done(error);
    this.next();
  }
}
