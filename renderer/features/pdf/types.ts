// The PDF engine as the viewer sees it: pdf.js stays behind these few types (pdfjs.ts implements them).

/** A page's size at zoom 1 (100 %: a PDF point is 96/72 CSS px), its /Rotate and /UserUnit already applied. */
export interface PageSize {
  width: number;
  height: number;
}

/** Work pdf.js does for a page (drawing, laying out text) that the viewer may call off. */
export interface PdfTask {
  promise: Promise<void>;
  cancel(): void;
}

/** One page as the viewer uses it; pdf.js stays behind this (and out of the bundle until a document opens). */
export interface PdfPage {
  /** Size at zoom 1 (100 %), in CSS pixels, with the page's /Rotate and /UserUnit applied. */
  readonly size: PageSize;
  /** Draws the page into `canvas` at `zoom`, `outputScale` canvas pixels per CSS pixel. Sizes the canvas itself. */
  render(canvas: HTMLCanvasElement, zoom: number, outputScale: number): PdfTask;
  /** Lays the page's text, invisible but selectable and searchable, over the drawing. */
  renderText(container: HTMLElement, zoom: number): PdfTask;
  /**
   * Lays the page's links over the drawing (pdf.js's annotation layer, links only): a link inside the document calls
   * `goTo` with the 0-based page it points at; a web address opens in a new tab.
   */
  renderLinks?(container: HTMLElement, zoom: number, goTo: (index: number) => void): PdfTask;
  /** Frees what pdf.js keeps for the page once it is off screen. */
  release(): void;
}

/** One entry of a document's outline (bookmarks): where it points (0-based page, null if nowhere), and its children. */
export interface OutlineEntry {
  title: string;
  page: number | null;
  children: OutlineEntry[];
}

export interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  /** A page's text as the text layer lays it out: its pieces in order, a space at each line's end. */
  getText?(pageNumber: number): Promise<string>;
  /** The outline, nested, each entry's destination resolved to a page; empty when the document has none. */
  getOutline?(): Promise<OutlineEntry[]>;
}

/** An opening document: the promise rejects if pdf.js cannot read the bytes; destroy() ends the worker's work on it. */
export interface PdfLoading {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfEngine {
  /**
   * Opens a PDF from its bytes (they are handed over to pdf.js's worker). `warnings`: pdf.js also logs what it could
   * not draw (a missing font, an image it cannot decode) to the console, for the test that draws every fixture.
   */
  open(data: Uint8Array, options?: { warnings?: boolean }): PdfLoading;
  /** Starts pdf.js's worker now and keeps it, so documents still open once the hub is out of reach. */
  warm?(): Promise<void>;
}
