import { Worker } from 'node:worker_threads';

/**
 * Runs a worker that makes one PDF and answers `{ ok: true, pdf }` or `{ ok: false, message }`: a congress's badge
 * sheet or minutes take seconds of CPU (fonts subset, layout), which on the hub's own thread would stall every
 * tablet's commands meanwhile. Rejects with the worker's own message, or says the worker stopped before it finished.
 */
export function pdfOffThread(workerUrl: URL, workerData: unknown, what: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    worker.once('message', (answer: { ok: true; pdf: Uint8Array } | { ok: false; message: string }) =>
      settle(() => (answer.ok ? resolve(answer.pdf) : reject(new Error(answer.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`The ${what} renderer stopped (exit code ${code}) before it finished.`))));
  });
}

/** The worker's side: make the PDF, post it back (its bytes moved, not copied), or post the error's message. */
export function answerWithPdf(port: { postMessage(value: unknown, transfer?: ArrayBuffer[]): void } | null, make: () => Promise<Uint8Array>): void {
  make().then(
    (pdf) => port?.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]),
    (error: unknown) => port?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
