import { useEffect, useRef } from 'react';
import type { PdfDocument } from '../pdf/types.ts';
import type { PageSize } from './layout.ts';
import type { RenderQueue } from './renderQueue.ts';

const BATCH = 16;

/**
 * Fetches every page from pdf.js ahead of time, outwards from the page in view, while nothing is being drawn: a
 * jump then finds its page ready (pdf.js keeps each page once fetched), and every page's real size is known
 * before it scrolls in (a landscape page in a portrait document is laid out right from the start).
 */
export function usePrefetch(pdf: PdfDocument | null, page: number, queue: RenderQueue, onSizes: (entries: [number, PageSize][]) => void): void {
  const around = useRef(page);
  useEffect(() => {
    around.current = page;
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
        const batch: number[] = [];
        for (let distance = 0; batch.length < BATCH && distance < pdf.numPages; distance++) {
          for (const index of [around.current + distance, around.current - distance]) {
            if (index >= 0 && index < pdf.numPages && !fetched.has(index) && !batch.includes(index)) batch.push(index);
          }
        }
        batch.forEach((index) => fetched.add(index));
        const sizes = await Promise.all(batch.map((index) => pdf.getPage(index + 1).then((p) => [index, p.size] as [number, PageSize], () => null)));
        if (live) onSizes(sizes.filter((entry) => entry !== null));
      }
    })();
    return () => {
      live = false;
    };
  }, [pdf, queue, onSizes]);
}
