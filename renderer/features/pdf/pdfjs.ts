// pdf.js in the browser, behind the small PdfEngine interface. This module is loaded on demand (see engine.ts),
// so the library, its worker and the text layer's styles are fetched only when someone opens a document.
import {
  AnnotationLayer,
  GlobalWorkerOptions,
  PixelsPerInch,
  TextLayer,
  VerbosityLevel,
  getDocument,
  version,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist';
// The worker, emitted by Vite as an asset of the web build: the hub serves it like every other file.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { destinationPage, linkService } from './links.ts';
import type { OutlineEntry, PdfDocument, PdfEngine, PdfPage, PdfTask } from './types.ts';
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
  open(data, options) {
    const task = getDocument({
      data,
      cMapUrl: `${assets}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${assets}standard_fonts/`,
      iccUrl: `${assets}iccs/`,
      wasmUrl: `${assets}wasm/`,
      // The bundled standard fonts, not whatever the tablet has: the same document looks the same on every screen.
      useSystemFonts: false,
      verbosity: options?.warnings ? VerbosityLevel.WARNINGS : VerbosityLevel.ERRORS,
    });
    return {
      promise: task.promise.then((pdf): PdfDocument => ({
        numPages: pdf.numPages,
        getPage: async (pageNumber) => wrapPage(pdf, await pdf.getPage(pageNumber)),
        getText: async (pageNumber) => pageText(await pdf.getPage(pageNumber)),
        getOutline: async () => outline(pdf, (await pdf.getOutline()) ?? []),
      })),
      destroy: () => task.destroy(),
    };
  },
};

/** The page's text pieces in order, a space at each line's end: the same text the text layer lays out. */
async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent({ disableNormalization: true });
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += ' ';
  }
  return text;
}

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

async function outline(pdf: PDFDocumentProxy, entries: NonNullable<RawOutline>): Promise<OutlineEntry[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      title: entry.title,
      page: entry.dest ? await destinationPage(pdf, entry.dest) : null,
      children: await outline(pdf, entry.items ?? []),
    })),
  );
}

function wrapPage(pdf: PDFDocumentProxy, page: PDFPageProxy): PdfPage {
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
    renderLinks(container, zoom, goTo): PdfTask {
      const viewport = viewportAt(zoom).clone({ dontFlip: true });
      container.replaceChildren();
      container.style.setProperty('--total-scale-factor', String(viewport.scale * (page.userUnit || 1)));
      let cancelled = false;
      const promise = page.getAnnotations({ intent: 'display' }).then(async (annotations) => {
        const links = annotations.filter((annotation: { subtype?: string }) => annotation.subtype === 'Link');
        if (cancelled || links.length === 0) return;
        const layer = new AnnotationLayer({
          div: container as HTMLDivElement,
          page,
          viewport,
          linkService: linkService(pdf, goTo, () => page.pageNumber - 1),
          accessibilityManager: null,
          annotationCanvasMap: null,
          annotationEditorUIManager: null,
          structTreeLayer: null,
          commentManager: null,
          annotationStorage: pdf.annotationStorage,
        });
        // The constructor's link service is the one used; the type asks for it here too.
        await layer.render({ annotations: links, viewport, div: container as HTMLDivElement, page, linkService: null as never, renderForms: false, enableScripting: false, enableAnnotationEditing: false, hasJSActions: false, fieldObjects: null });
      });
      return { promise, cancel: () => void (cancelled = true) };
    },
    release() {
      page.cleanup();
    },
  };
}
