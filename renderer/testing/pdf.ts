import type { PdfDocument, PdfEngine, PdfPage } from '../features/pdf/engine.ts';

/** pdf.js stand-in: a document of `pages` A4 pages that draw instantly (happy-dom has no canvas). */
export function fakeEngine(pages = 3, opens: 'ok' | 'fail' = 'ok') {
  const opened: Uint8Array[] = [];
  const page: PdfPage = {
    size: { width: 793.7, height: 1122.5 },
    render: () => ({ promise: Promise.resolve(), cancel: () => {} }),
    renderText: () => ({ promise: Promise.resolve(), cancel: () => {} }),
    release: () => {},
  };
  const document: PdfDocument = { numPages: pages, getPage: () => Promise.resolve(page) };
  const engine: PdfEngine = {
    open(data) {
      opened.push(data);
      return {
        promise: opens === 'ok' ? Promise.resolve(document) : Promise.reject(new Error('Invalid PDF structure.')),
        destroy: () => Promise.resolve(),
      };
    },
  };
  return { engine, opened };
}
