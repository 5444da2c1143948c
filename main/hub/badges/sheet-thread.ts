import { Worker } from 'node:worker_threads';
import type { BadgeCard } from './card.ts';

const WORKER_URL = new URL('./sheet-worker.ts', import.meta.url);

/**
 * `renderBadgeSheet` in a worker thread. A congress's 1,500 badges take seconds of CPU (fonts subset, pdf-lib's
 * save): on the hub's own thread that would stall every tablet's commands and the check-in desks meanwhile.
 * Rejects with the renderer's own message (an unsupported per-page count, no delegates).
 */
export function renderBadgeSheetOffThread(cards: readonly BadgeCard[], options: { perPage?: number } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: { cards, perPage: options.perPage } });
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
    worker.once('exit', (code) => settle(() => reject(new Error(`The badge sheet renderer stopped (exit code ${code}) before it finished.`))));
  });
}
