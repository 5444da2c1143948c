import type { BadgeCard } from './card.ts';
import { pdfOffThread } from '../pdf-off-thread.ts';

const WORKER_URL = new URL('./sheet-worker.ts', import.meta.url);

/**
 * `renderBadgeSheet` in a worker thread. A congress's 1,500 badges take seconds of CPU (fonts subset, pdf-lib's
 * save): on the hub's own thread that would stall every tablet's commands and the check-in desks meanwhile.
 * Rejects with the renderer's own message (an unsupported per-page count, no delegates).
 */
export function renderBadgeSheetOffThread(cards: readonly BadgeCard[], options: { perPage?: number } = {}): Promise<Uint8Array> {
  return pdfOffThread(WORKER_URL, { cards, perPage: options.perPage }, 'badge sheet');
}
