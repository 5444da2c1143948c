// Renders a badge sheet off the hub's event loop (see sheet-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { BadgeCard } from './card.ts';
import { renderBadgeSheet } from './sheet.ts';

const { cards, perPage } = workerData as { cards: BadgeCard[]; perPage?: number };
try {
  const pdf = await renderBadgeSheet(cards, { perPage });
  parentPort?.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]);
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
