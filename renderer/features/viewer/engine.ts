import { createContext, useContext, useEffect } from 'react';
import type { PageSize } from './layout.ts';

/** Work pdf.js does for a page (drawing, laying out text) that the reader may call off. */
export interface PdfTask {
  promise: Promise<void>;
  cancel(): void;
}

/** One page as the reader uses it; pdf.js stays behind this (and out of the bundle until a document opens). */
export interface PdfPage {
  /** Size at zoom 1 (100 %), in CSS pixels, with the page's /Rotate and /UserUnit applied. */
  readonly size: PageSize;
  /** Draws the page into `canvas` at `zoom`, `outputScale` canvas pixels per CSS pixel. Sizes the canvas itself. */
  render(canvas: HTMLCanvasElement, zoom: number, outputScale: number): PdfTask;
  /** Lays the page's text, invisible but selectable and searchable, over the drawing. */
  renderText(container: HTMLElement, zoom: number): PdfTask;
  /** Frees what pdf.js keeps for the page once it is off screen. */
  release(): void;
}

export interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

/** An opening document: the promise rejects if pdf.js cannot read the bytes; destroy() ends the worker's work on it. */
export interface PdfLoading {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfEngine {
  /** Opens a PDF from its bytes (they are handed over to pdf.js's worker). */
  open(data: Uint8Array): PdfLoading;
  /** Starts pdf.js's worker now and keeps it, so documents still open once the hub is out of reach. */
  warm?(): Promise<void>;
}

/** pdf.js itself, loaded on first use: screens that never open a document never download it. */
export const loadPdfjs = (): Promise<PdfEngine> => import('./pdfjs.ts').then((module) => module.engine);

const EngineContext = createContext<() => Promise<PdfEngine>>(loadPdfjs);

/** Component tests give the reader a scripted engine instead of pdf.js. */
export const PdfEngineProvider = EngineContext.Provider;

export function usePdfEngine(): () => Promise<PdfEngine> {
  return useContext(EngineContext);
}

/**
 * A tablet that holds documents for offline reading must also hold the reader: pdf.js (its module and its
 * worker) comes from the hub on first use, so it is loaded and started while the hub is there.
 */
export function useWarmReader(when: boolean): void {
  const loadEngine = usePdfEngine();
  useEffect(() => {
    if (!when) return;
    loadEngine()
      .then((engine) => engine.warm?.())
      .catch(() => undefined);
  }, [when, loadEngine]);
}
