import { createContext, useContext, useEffect } from 'react';
import type { PdfEngine } from './types.ts';

export type { OutlineEntry, PageSize, PdfDocument, PdfEngine, PdfLoading, PdfPage, PdfTask } from './types.ts';

/** pdf.js itself, loaded on first use: screens that never open a document never download it. */
export const loadPdfjs = (): Promise<PdfEngine> => import('./pdfjs.ts').then((module) => module.engine);

const EngineContext = createContext<() => Promise<PdfEngine>>(loadPdfjs);

/** Component tests give the viewer a scripted engine instead of pdf.js. */
export const PdfEngineProvider = EngineContext.Provider;

export function usePdfEngine(): () => Promise<PdfEngine> {
  return useContext(EngineContext);
}

/**
 * A tablet that holds documents for offline reading must also hold the PDF engine: pdf.js (its module and its
 * worker) comes from the hub on first use, so it is loaded and started while the hub is there.
 */
export function useWarmPdfEngine(when: boolean): void {
  const loadEngine = usePdfEngine();
  useEffect(() => {
    if (!when) return;
    loadEngine()
      .then((engine) => engine.warm?.())
      .catch(() => undefined);
  }, [when, loadEngine]);
}
