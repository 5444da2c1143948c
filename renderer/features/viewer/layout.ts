// The viewer's arithmetic, free of React and pdf.js: page boxes, zoom steps, which pages are near the
// viewport, which page is "current", and how large a canvas may be. Sizes are CSS pixels.
import type { PageSize } from '../pdf/types.ts';

export type { PageSize };

/** Space around and between pages. */
export const PAGE_GAP = 16;
export const EDGE = 16;

/** The zoom buttons step through these; fit-to-width and the opening zoom may fall between or beyond them. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
/** The opening zoom fits the width but never draws a page wider than this: a 1920 px console gets a readable page, not a poster. */
export const AUTO_MAX_WIDTH = 1100;

/** Two zooms this close are the same zoom (the display rounds to whole percents). */
const SAME = 0.005;

/** The next step up from `zoom` (the largest step if already there). */
export function zoomIn(zoom: number): number {
  return ZOOM_STEPS.find((step) => step > zoom + SAME) ?? Math.max(zoom, MAX_ZOOM);
}

/** The next step down from `zoom` (the smallest step if already there). */
export function zoomOut(zoom: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - SAME) ?? Math.min(zoom, MIN_ZOOM);
}

export const canZoomIn = (zoom: number) => zoom < MAX_ZOOM - SAME;
export const canZoomOut = (zoom: number) => zoom > MIN_ZOOM + SAME;

/** The zoom at which a page of `pageWidth` fills the viewer's width, less the margins. */
export function fitWidthZoom(pageWidth: number, viewerWidth: number): number {
  if (pageWidth <= 0 || viewerWidth <= 0) return 1;
  return Math.max(viewerWidth - 2 * EDGE, 1) / pageWidth;
}

/** The opening zoom: the width of the viewer, up to AUTO_MAX_WIDTH. A tiny page grows to it, a poster shrinks to it. */
export function autoZoom(pageWidth: number, viewerWidth: number): number {
  if (pageWidth <= 0 || viewerWidth <= 0) return 1;
  return Math.min(Math.max(viewerWidth - 2 * EDGE, 1), AUTO_MAX_WIDTH) / pageWidth;
}

/** The zoom at which a page of `pageHeight` fits the viewer's height, less the margins. */
export function fitHeightZoom(pageHeight: number, viewerHeight: number): number {
  if (pageHeight <= 0 || viewerHeight <= 0) return 1;
  return Math.max(viewerHeight - 2 * EDGE, 1) / pageHeight;
}

/** The zoom the reader asked for: the opening fit, fit to width, the whole page, or a fixed zoom from the buttons. */
export type ZoomMode = { kind: 'auto' } | { kind: 'fit-width' } | { kind: 'fit-page' } | { kind: 'fixed'; zoom: number };

/**
 * Each page's own zoom. The fits are per page, so a landscape page in a portrait document is read whole: at
 * "fit width" every page fills the width, at "fit page" every page fits the screen, and on opening the pages take
 * the first page's zoom unless that would cut them off. (Per page rather than per the page in view: one zoom
 * following the page in view would rescale every page as the reader scrolls, and the place would jump.)
 * A fixed zoom is the same for every page: the reader chose it, and scrolls sideways on a wide page.
 */
export function pageZooms(mode: ZoomMode, sizes: readonly PageSize[], reference: number, viewerWidth: number, viewerHeight: number): number[] {
  const fitWidth = (size: PageSize) => fitWidthZoom(size.width, viewerWidth);
  switch (mode.kind) {
    case 'fixed':
      return sizes.map(() => mode.zoom);
    case 'fit-width':
      return sizes.map(fitWidth);
    case 'fit-page':
      return sizes.map((size) => Math.min(fitWidth(size), fitHeightZoom(size.height, viewerHeight)));
    case 'auto': {
      const base = autoZoom(sizes[reference]?.width ?? 0, viewerWidth);
      return sizes.map((size) => Math.min(base, fitWidth(size)));
    }
  }
}

export function resolveZoom(mode: ZoomMode, pageWidth: number, viewerWidth: number): number {
  switch (mode.kind) {
    case 'auto':
      return autoZoom(pageWidth, viewerWidth);
    case 'fit-width':
    case 'fit-page':
      return fitWidthZoom(pageWidth, viewerWidth);
    case 'fixed':
      return mode.zoom;
  }
}

/** Where each page sits in the scrolled content at one zoom. */
export interface Layout {
  /** The first page's zoom (the one shown when every page has the same). */
  zoom: number;
  /** Each page's zoom (the fits are per page). */
  zooms: number[];
  /** Top edge of each page. */
  tops: number[];
  widths: number[];
  heights: number[];
  /** The content's full size, margins included. */
  width: number;
  height: number;
}

/** Pages stacked top to bottom, each centred in the viewer (or at the left margin when wider than it), at one zoom or each at its own. */
export function layoutPages(sizes: readonly PageSize[], zoom: number | readonly number[], viewerWidth: number): Layout {
  const zooms = sizes.map((_, index) => (typeof zoom === 'number' ? zoom : (zoom[index] ?? 1)));
  const tops: number[] = [];
  const widths: number[] = [];
  const heights: number[] = [];
  let y = EDGE;
  let widest = 0;
  for (const [index, size] of sizes.entries()) {
    const width = Math.max(1, Math.round(size.width * zooms[index]!));
    const height = Math.max(1, Math.round(size.height * zooms[index]!));
    tops.push(y);
    widths.push(width);
    heights.push(height);
    widest = Math.max(widest, width);
    y += height + PAGE_GAP;
  }
  const height = sizes.length > 0 ? y - PAGE_GAP + EDGE : 2 * EDGE;
  return { zoom: zooms[0] ?? (typeof zoom === 'number' ? zoom : 1), zooms, tops, widths, heights, width: Math.max(viewerWidth, widest + 2 * EDGE), height };
}

/** The left edge of a page: centred in the content. */
export function pageLeft(layout: Layout, index: number): number {
  return Math.max(EDGE, Math.floor((layout.width - (layout.widths[index] ?? 0)) / 2));
}

/** The first page whose bottom edge (its gap included) is below `y`: the page at that height, or the next one. */
export function pageAt(layout: Layout, y: number): number {
  const { tops, heights } = layout;
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tops[mid]! + heights[mid]! + PAGE_GAP <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

/**
 * The pages worth drawing: those in the viewport and within `overscan` pixels of it, so a page is ready
 * before it scrolls in. Everything else has no canvas at all, which keeps a 1,221-page document cheap.
 */
export function visibleRange(layout: Layout, scrollTop: number, viewportHeight: number, overscan: number): { first: number; last: number } {
  const count = layout.tops.length;
  if (count === 0) return { first: 0, last: -1 };
  const first = pageAt(layout, Math.max(0, scrollTop - overscan));
  const bottom = scrollTop + viewportHeight + overscan;
  let last = pageAt(layout, bottom);
  if (last > first && layout.tops[last]! >= bottom) last--;
  return { first, last: Math.min(last, count - 1) };
}

/**
 * The page shown as "x / n": the one under a line a third of the way down the viewport, where the eye
 * reads; the last page once the reader has scrolled to the very end (it may never reach that line).
 */
export function currentPage(layout: Layout, scrollTop: number, viewportHeight: number): number {
  const count = layout.tops.length;
  if (count === 0) return 0;
  if (scrollTop > 0 && scrollTop + viewportHeight >= layout.height - 1) return count - 1;
  return Math.min(pageAt(layout, scrollTop + viewportHeight / 3), count - 1);
}

/** The scroll position that shows a page at the top of the viewer (the very top for page 1, margin included). */
export function scrollTopFor(layout: Layout, index: number): number {
  if (index <= 0 || layout.tops[index] === undefined) return 0;
  return Math.max(0, layout.tops[index] - EDGE / 2);
}

/** Where the reader is, independent of zoom: a page and how far down it (0..1) the viewport's top edge is. */
export interface Anchor {
  page: number;
  offset: number;
}

export function anchorAt(layout: Layout, scrollTop: number): Anchor {
  const page = pageAt(layout, scrollTop);
  const top = layout.tops[page] ?? 0;
  const height = layout.heights[page] ?? 1;
  return { page, offset: Math.min(1, Math.max(0, (scrollTop - top) / height)) };
}

/** The scroll position that puts the anchor back where it was after the zoom or a page's size changed. */
export function scrollTopForAnchor(layout: Layout, anchor: Anchor): number {
  const top = layout.tops[anchor.page];
  if (top === undefined) return 0;
  if (anchor.offset === 0) return scrollTopFor(layout, anchor.page);
  return Math.max(0, top + anchor.offset * layout.heights[anchor.page]!);
}

/** A page number within 1..count. */
export function clampPage(page: number, count: number): number {
  if (count < 1) return 1;
  return Math.min(count, Math.max(1, Math.round(page)));
}

/**
 * Canvas pixels per CSS pixel for a page: the device pixel ratio, lowered so one page's canvas stays under
 * `maxPixels` (a zoomed A4 at 2x would take ~40 MB otherwise; tablets run out of canvas memory long before desktops).
 */
export function outputScale(cssWidth: number, cssHeight: number, devicePixelRatio: number, maxPixels: number): number {
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight;
  if (area <= 0) return ratio;
  return Math.min(ratio, Math.sqrt(maxPixels / area));
}
