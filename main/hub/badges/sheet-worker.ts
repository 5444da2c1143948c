// Renders a badge sheet off the hub's event loop (see sheet-thread.ts). No top-level await: the Electron build
// bundles workers as CommonJS.
import { parentPort, workerData } from 'node:worker_threads';
import { answerWithPdf } from '../pdf-off-thread.ts';
import type { BadgeCard } from './card.ts';
import { renderBadgeSheet } from './sheet.ts';

const { cards, perPage } = workerData as { cards: BadgeCard[]; perPage?: number };
answerWithPdf(parentPort, () => renderBadgeSheet(cards, { perPage }));
