// pdf.js in the browser, behind the small PdfEngine interface. This module is loaded on demand (see engine.ts),
// so the library, its worker and the text layer's styles are fetched only when someone opens a document.
import { GlobalWorkerOptions, PixelsPerInch, TextLayer, VerbosityLevel, getDocument, version, type PDFPageProxy } from 'pdfjs-dist';
// The worker, emitted by Vite as an asset of the web build: the hub serves it like every other file.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfDocument, PdfEngine, PdfPage, PdfTask } from './types.ts';
import './textLayer.css';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Files pdf.js fetches by name while reading some PDFs: the 14 standard fonts (documents that use Times or
 * Helvetica without embedding them), CMaps (CJK text), an ICC profile and the image decoders (JPEG 2000, JBIG2).
 * vite.config.ts copies them into the build under this folder, named by pdf.js's version.
 */
const assets = new URL(`/assets/pdfjs-${version}/`, document.baseURI).href;

let warmed = false;

export const engine: PdfEngine = {
  async warm() {
    if (warmed || GlobalWorkerOptions.workerPort) return;
    warmed = true;
    // One worker started now, while the hub is there, and shared by every document from then on.
    GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'roundtable-pdf' });
  },
  open(data) {
    const task = getDocument({
      data,
      cMapUrl: `${assets}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${assets}standard_fonts/`,
      iccUrl: `${assets}iccs/`,
      wasmUrl: `${assets}wasm/`,
      // The bundled standard fonts, not whatever the tablet has: the same document looks the same on every screen.
      useSystemFonts: false,
      verbosity: VerbosityLevel.ERRORS,
    });
    return {
      promise: task.promise.then((pdf): PdfDocument => ({
        numPages: pdf.numPages,
        getPage: async (pageNumber) => wrapPage(await pdf.getPage(pageNumber)),
      })),
      destroy: () => task.destroy(),
    };
  },
};

function wrapPage(page: PDFPageProxy): PdfPage {
  const viewportAt = (zoom: number) => page.getViewport({ scale: zoom * PixelsPerInch.PDF_TO_CSS_UNITS });
  const natural = viewportAt(1);
  return {
    size: { width: natural.width, height: natural.height },
    render(canvas, zoom, outputScale) {
      const viewport = viewportAt(zoom);
      // Whole canvas pixels, and the exact scale that maps the page onto them.
      canvas.width = Math.max(1, Math.floor(viewport.width * outputScale));
      canvas.height = Math.max(1, Math.floor(viewport.height * outputScale));
      const sx = canvas.width / viewport.width;
      const sy = canvas.height / viewport.height;
      const task = page.render({ canvas, viewport, ...(sx !== 1 || sy !== 1 ? { transform: [sx, 0, 0, sy, 0, 0] } : {}) });
      return { promise: task.promise, cancel: () => task.cancel() };
    },
    renderText(container, zoom): PdfTask {
      const viewport = viewportAt(zoom);
      container.replaceChildren();
      container.style.setProperty('--total-scale-factor', String(viewport.scale * (page.userUnit || 1)));
      const layer = new TextLayer({
        textContentSource: page.streamTextContent({ includeMarkedContent: true, disableNormalization: true }),
        container,
        viewport,
      });
      return { promise: layer.render().then(() => undefined), cancel: () => layer.cancel() };
    },
    release() {
      page.cleanup();
    },
  };
}
