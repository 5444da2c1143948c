// Lays the minutes out off the hub's event loop (see pdf-thread.ts). No top-level await: the Electron build bundles
// workers as CommonJS.
import { parentPort, workerData } from 'node:worker_threads';
import type { Minutes } from '../../../shared/domain/minutes/index.ts';
import { answerWithPdf } from '../pdf-off-thread.ts';
import { renderMinutesPdf } from './pdf.ts';

const { minutes } = workerData as { minutes: Minutes };
answerWithPdf(parentPort, () => renderMinutesPdf(minutes));
