import { useEffect, useState } from 'react';
import { useHubClient } from '../../client/react.tsx';
import { toHubError, type HubErrorCode } from '../../client/errors.ts';
import { useExistingPreloader } from '../preload/usePreload.ts';
import type { PageSize } from './layout.ts';
import { usePdfEngine, type PdfDocument, type PdfEngine, type PdfLoading } from '../pdf/engine.ts';

export type DocumentLoad =
  | { phase: 'downloading'; loaded: number; total: number | null }
  | { phase: 'opening' }
  /** `firstSize`: page 1's size, assumed for every page until each is measured as it comes near the viewport. */
  | { phase: 'ready'; pdf: PdfDocument; firstSize: PageSize; source: 'device' | 'hub' }
  /** `fetch`: the hub did not send the bytes (its error code); `open`: pdf.js could not read them. */
  | { phase: 'failed'; reason: 'fetch'; code: HubErrorCode; message: string }
  | { phase: 'failed'; reason: 'open'; message: string };

/**
 * Takes the document from this device's cache (the tablet's preloaded copy, verified) or else downloads it
 * through the HubClient (with the session token, if any), then opens it with pdf.js.
 * Mount it once per attempt (key the component): leaving the screen aborts the download and frees the document.
 */
export function useDocumentLoad(sha256: string, expectedBytes: number): DocumentLoad {
  const client = useHubClient();
  const loadEngine = usePdfEngine();
  const preloader = useExistingPreloader();
  const [load, setLoad] = useState<DocumentLoad>({ phase: 'downloading', loaded: 0, total: expectedBytes });

  useEffect(() => {
    const controller = new AbortController();
    let loading: PdfLoading | null = null;
    const live = () => !controller.signal.aborted;
    // pdf.js (its module, its worker) starts while the bytes are read: neither waits for the other.
    const engineReady = loadEngine().then(async (engine) => {
      await engine.warm?.();
      return engine;
    });
    engineReady.catch(() => undefined);
    void (async () => {
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
      try {
        loading = engine.open(bytes);
        const pdf = await loading.promise;
        const first = await pdf.getPage(1);
        if (live()) setLoad({ phase: 'ready', pdf, firstSize: first.size, source });
      } catch (error) {
        if (live()) setLoad({ phase: 'failed', reason: 'open', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      controller.abort();
      void loading?.destroy();
    };
  }, [client, loadEngine, preloader, sha256, expectedBytes]);

  return load;
}
