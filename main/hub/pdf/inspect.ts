import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type InspectOutcome =
  | { ok: true; pages: number }
  | { ok: false; reason: 'missing' | 'empty' | 'not_pdf' | 'encrypted' | 'damaged' | 'no_pages' | 'too_slow' | 'too_big'; message: string };

export interface InspectLimits {
  /** Wall-clock limit for opening the file and every page. */
  timeoutMs: number;
  /** Heap limit of the process that opens it. */
  maxHeapMb: number;
}

export const DEFAULT_INSPECT_LIMITS: InspectLimits = { timeoutMs: 60_000, maxHeapMb: 512 };

const CHECKER = fileURLToPath(new URL('./inspect-worker.ts', import.meta.url));
const KEEP_STDERR = 8 * 1024;

/**
 * Opens a PDF with pdf.js in a separate process with a time and a heap limit and says whether the room's
 * tablets will be able to show it. A process, not a worker thread: the checker's memory (pdf.js, its heap,
 * the file) never counts against the hub's own (a worker's isolate added 50 to 120 MB to the hub for each
 * document, see bench/README.md), and a file that crashes or exhausts the checker cannot take the hub with
 * it. Never throws for a bad file: the outcome says why.
 */
export function inspectPdf(path: string, limits: InspectLimits = DEFAULT_INSPECT_LIMITS): Promise<InspectOutcome> {
  return new Promise((resolve) => {
    const child = fork(CHECKER, [path], {
      // Only the heap limit: not the parent's flags (a test runner's, a debugger's).
      execArgv: [`--max-old-space-size=${limits.maxHeapMb}`],
      // Inside Electron, process.execPath is the app: this makes it run the checker as plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-KEEP_STDERR)));
    let settled = false;
    const finish = (outcome: InspectOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'too_slow', message: `Opening the PDF took longer than ${limits.timeoutMs / 1000} s; it was refused.` }),
      limits.timeoutMs,
    );
    child.once('message', (outcome: InspectOutcome) => finish(outcome));
    child.once('error', (error: Error) => finish({ ok: false, reason: 'damaged', message: `The PDF checker could not run: ${error.message}` }));
    // 'close', not 'exit': by then every message the checker sent has arrived.
    child.once('close', () =>
      finish(
        /heap out of memory|Reached heap limit/i.test(stderr)
          ? { ok: false, reason: 'too_big', message: `Opening the PDF needed more than ${limits.maxHeapMb} MB of memory; it was refused.` }
          : { ok: false, reason: 'damaged', message: 'The PDF checker stopped before it finished.' },
      ),
    );
  });
}
