import { useEffect } from 'react';
import { useHubClient } from '../../client/react.tsx';
import { usePdfEngine, type PdfDocument } from '../pdf/engine.ts';
import { useExistingPreloader } from '../preload/usePreload.ts';
import { OPEN_AHEAD_AFTER_MS, openedAhead } from './limits.ts';
import { openDocumentsOf, openWhole, readerKey } from './openDocuments.ts';

/**
 * Opens the first documents of the agenda item in view in pdf.js while the tablet is idle, from the device's copy only
 * (never a download; which ones: `openedAhead`), so that tapping one shows page 1 at once, as a document read before
 * does. They join the reader's open documents (openDocuments.ts): the same few kept, closed when her session ends.
 */
export function useOpenAhead(documents: readonly { sha256: string; bytes: number }[]): void {
  const client = useHubClient();
  const loadEngine = usePdfEngine();
  const preloader = useExistingPreloader();
  const key = openedAhead(documents).join(',');

  useEffect(() => {
    if (!preloader || key === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const open = openDocumentsOf(client);
        const reader = readerKey(client.state.session);
        if (reader === '') return;
        const engine = await loadEngine();
        await engine.warm?.();
        for (const sha256 of key.split(',')) {
          if (!live) return;
          if (open.peek(reader, sha256)) continue;
          // After the tablet's other work: an idle moment, then the device's copy (null if it is not kept here).
          await idle();
          const bytes = live ? await preloader.readFile(sha256).catch(() => null) : null;
          // Another reader signed in meanwhile: nothing of the last one's is opened for her.
          if (!bytes || !live || readerKey(client.state.session) !== reader) continue;
          const held = open.add(reader, sha256, engine.open(bytes), 'device');
          await openWhole(held)
            .then(() => drawOnce(held.promise))
            .catch(() => undefined);
          held.release();
        }
      })().catch(() => undefined);
    }, OPEN_AHEAD_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, loadEngine, preloader, key]);
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Draws page 1 once, small and off screen: pdf.js then holds its drawing instructions and has loaded its fonts, so
 * the reader's own drawing of it is only the painting.
 */
async function drawOnce(opening: Promise<PdfDocument>): Promise<void> {
  const page = await (await opening).getPage(1);
  await idle();
  const canvas = document.createElement('canvas');
  try {
    await page.render(canvas, WARM_ZOOM, 1).promise;
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** Small: the drawing is thrown away; what is kept is what pdf.js learnt making it. */
const WARM_ZOOM = 0.2;
