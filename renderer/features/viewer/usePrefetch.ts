import { useEffect, useRef } from 'react';
import type { PdfDocument } from '../pdf/types.ts';
import type { PageSize } from './layout.ts';
import type { RenderQueue } from './renderQueue.ts';

const BATCH = 16;
/**
 * How far from the page in view pages are fetched ahead, each way. Not the whole document: a tablet opening a
 * 1,221-page file would keep pdf.js's worker busy fetching pages nobody may reach; the window moves with the reader.
 */
export const PREFETCH_WINDOW = 96;

/**
 * Fetches the pages near the one in view from pdf.js ahead of time, outwards from it, while nothing is being drawn:
 * turning or jumping nearby then finds the page ready (pdf.js keeps each page once fetched), and each page's real
 * size is known before it scrolls in (a landscape page in a portrait document is laid out right from the start).
 */
export function usePrefetch(pdf: PdfDocument | null, page: number, queue: RenderQueue, onSizes: (entries: [number, PageSize][]) => void): void {
  const around = useRef(page);
  /** Wakes the fetching loop when the reader moves after it had fetched everything near. */
  const moved = useRef<(() => void) | null>(null);
  useEffect(() => {
    around.current = page;
    moved.current?.();
  }, [page]);
  useEffect(() => {
    if (!pdf) return;
    let live = true;
    const fetched = new Set<number>();
    void (async () => {
      while (live && fetched.size < pdf.numPages) {
        await queue.idle();
        if (!live) return;
        // The nearest pages not fetched yet, on both sides of where the reader is now.
        const from = around.current;
        const batch: number[] = [];
        for (let distance = 0; batch.length < BATCH && distance <= PREFETCH_WINDOW; distance++) {
          for (const index of [from + distance, from - distance]) {
            if (index >= 0 && index < pdf.numPages && !fetched.has(index) && !batch.includes(index)) batch.push(index);
          }
        }
        if (batch.length === 0) {
          await new Promise<void>((resolve) => {
            moved.current = resolve;
            if (around.current !== from) resolve();
          });
          moved.current = null;
          continue;
        }
        batch.forEach((index) => fetched.add(index));
        const sizes = await Promise.all(batch.map((index) => pdf.getPage(index + 1).then((p) => [index, p.size] as [number, PageSize], () => null)));
        if (live) onSizes(sizes.filter((entry) => entry !== null));
      }
    })();
    return () => {
      live = false;
      moved.current?.();
    };
  }, [pdf, queue, onSizes]);
}
