import { useEffect, useState } from 'react';
import { useHubClient } from '../../client/react.tsx';
import { toHubError, type HubErrorCode } from '../../client/errors.ts';
import { useExistingPreloader } from '../preload/usePreload.ts';
import type { PageSize } from './layout.ts';
import { usePdfEngine, type PdfDocument, type PdfEngine } from '../pdf/engine.ts';
import { openDocumentsOf, openWhole, readerKey, type Held } from '../open-documents/openDocuments.ts';

export type DocumentLoad =
  | { phase: 'downloading'; loaded: number; total: number | null }
  | { phase: 'opening' }
  /** `firstSize`: page 1's size, assumed for every page until each is measured as it comes near the viewport. */
  | { phase: 'ready'; pdf: PdfDocument; firstSize: PageSize; source: 'device' | 'hub' }
  /** `fetch`: the hub did not send the bytes (its error code); `open`: pdf.js could not read them. */
  | { phase: 'failed'; reason: 'fetch'; code: HubErrorCode; message: string }
  | { phase: 'failed'; reason: 'open'; message: string };

/**
 * Marks each step of an opening in the page's performance timeline (`reader:start`, `:bytes`, `:parsed`,
 * `:first-page`, then `:drawn` from the page view), so the reader bench can say where the time goes.
 */
export function mark(step: string, sha256: string): void {
  performance.mark(`reader:${step}`, { detail: sha256 });
}

/**
 * Takes the document open already (one of the reader's last few, see openDocuments.ts), or from this device's cache
 * (the tablet's preloaded copy, verified) or else downloads it through the HubClient (with the session token, if
 * any), then opens it with pdf.js.
 * Mount it once per attempt (key the component): leaving the screen aborts the download and lets the document go.
 */
export function useDocumentLoad(sha256: string, expectedBytes: number): DocumentLoad {
  const client = useHubClient();
  const loadEngine = usePdfEngine();
  const preloader = useExistingPreloader();
  // A document this reader has open already is ready in the first render: its pages are laid out at once.
  const [load, setLoad] = useState<DocumentLoad>(() => {
    const open = openDocumentsOf(client).peek(readerKey(client.state.session), sha256);
    return open ? { phase: 'ready', ...open } : { phase: 'downloading', loaded: 0, total: expectedBytes };
  });

  useEffect(() => {
    const controller = new AbortController();
    const live = () => !controller.signal.aborted;
    const documents = openDocumentsOf(client);
    const reader = readerKey(client.state.session);
    let held: Held | null = null;
    void (async () => {
      mark('start', sha256);
      held = documents.take(reader, sha256);
      if (!held) {
        // pdf.js (its module, its worker) starts while the bytes are read: neither waits for the other.
        const engineReady = loadEngine().then(async (engine) => {
          await engine.warm?.();
          return engine;
        });
        engineReady.catch(() => undefined);
        let bytes: Uint8Array | null = await (preloader?.readFile(sha256) ?? Promise.resolve(null)).catch(() => null);
        const source = bytes ? 'device' : 'hub';
        if (!live()) return;
        try {
          bytes ??= await client.fetchDocument(sha256, {
            signal: controller.signal,
            onProgress: ({ loaded, total }) => live() && setLoad({ phase: 'downloading', loaded, total: total ?? expectedBytes }),
          });
        } catch (error) {
          if (!live()) return;
          const failure = toHubError(error);
          setLoad({ phase: 'failed', reason: 'fetch', code: failure.code, message: failure.message });
          return;
        }
        if (!live()) return;
        mark('bytes', sha256);
        setLoad({ phase: 'opening' });
        let engine: PdfEngine;
        try {
          engine = await engineReady;
        } catch (error) {
          // pdf.js itself is fetched from the hub on first use: failing that is a network failure, not a bad document.
          if (live()) setLoad({ phase: 'failed', reason: 'fetch', code: 'network', message: error instanceof Error ? error.message : String(error) });
          return;
        }
        if (!live()) return;
        held = documents.add(reader, sha256, engine.open(bytes), source);
      }
      if (!live()) return held.release();
      try {
        const open = await openWhole(held, (step) => mark(step, sha256));
        if (live()) setLoad((now) => (now.phase === 'ready' && now.pdf === open.pdf ? now : { phase: 'ready', ...open }));
      } catch (error) {
        if (live()) setLoad({ phase: 'failed', reason: 'open', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      controller.abort();
      held?.release();
    };
  }, [client, loadEngine, preloader, sha256, expectedBytes]);

  return load;
}
