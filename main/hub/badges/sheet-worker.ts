// Renders a badge sheet off the hub's event loop (see sheet-thread.ts). No top-level await: the Electron build
// bundles workers as CommonJS.
import { parentPort, workerData } from 'node:worker_threads';
import type { BadgeCard } from './card.ts';
import { renderBadgeSheet } from './sheet.ts';

const { cards, perPage } = workerData as { cards: BadgeCard[]; perPage?: number };
renderBadgeSheet(cards, { perPage }).then(
  (pdf) => parentPort?.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
