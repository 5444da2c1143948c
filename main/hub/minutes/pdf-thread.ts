import type { Minutes } from '../../../shared/domain/minutes/index.ts';
import { pdfOffThread } from '../pdf-off-thread.ts';

const WORKER_URL = new URL('./pdf-worker.ts', import.meta.url);

/** `renderMinutesPdf` in a worker thread: a congress's minutes (1,500 names in each named vote) take seconds to lay out. */
export function renderMinutesPdfOffThread(minutes: Minutes): Promise<Uint8Array> {
  return pdfOffThread(WORKER_URL, { minutes }, 'minutes');
}
