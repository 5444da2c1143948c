import { Worker } from 'node:worker_threads';

export type InspectOutcome =
  | { ok: true; pages: number }
  | { ok: false; reason: 'missing' | 'empty' | 'not_pdf' | 'encrypted' | 'damaged' | 'no_pages' | 'too_slow' | 'too_big'; message: string };

export interface InspectLimits {
  /** Wall-clock limit for opening the file and every page. */
  timeoutMs: number;
  /** Heap limit of the worker that opens it. */
  maxHeapMb: number;
}

export const DEFAULT_INSPECT_LIMITS: InspectLimits = { timeoutMs: 60_000, maxHeapMb: 512 };

const WORKER_URL = new URL('./inspect-worker.ts', import.meta.url);

/**
 * Opens a PDF with pdf.js in a worker thread with a time and memory limit and says whether the
 * room's tablets will be able to show it. Never throws for a bad file: the outcome says why.
 */
export function inspectPdf(path: string, limits: InspectLimits = DEFAULT_INSPECT_LIMITS): Promise<InspectOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { path },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (outcome: InspectOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'too_slow', message: `Opening the PDF took longer than ${limits.timeoutMs / 1000} s; it was refused.` }),
      limits.timeoutMs,
    );
    worker.once('message', (outcome: InspectOutcome) => finish(outcome));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, reason: 'too_big', message: `Opening the PDF needed more than ${limits.maxHeapMb} MB of memory; it was refused.` }
          : { ok: false, reason: 'damaged', message: `The PDF could not be opened: ${error.message}` },
      ),
    );
    worker.once('exit', () => finish({ ok: false, reason: 'damaged', message: 'The PDF checker stopped before it finished.' }));
  });
}
