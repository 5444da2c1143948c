import { describe, expect, it } from 'vitest';
import {
  AUTO_MAX_WIDTH,
  EDGE,
  MAX_ZOOM,
  MIN_ZOOM,
  PAGE_GAP,
  ZOOM_STEPS,
  anchorAt,
  autoZoom,
  canZoomIn,
  canZoomOut,
  clampPage,
  currentPage,
  fitWidthZoom,
  layoutPages,
  pageZooms,
  outputScale,
  pageAt,
  pageLeft,
  resolveZoom,
  scrollTopFor,
  scrollTopForAnchor,
  visibleRange,
  zoomIn,
  zoomOut,
} from './layout.ts';

/** A4 portrait at 100 %: 595.3 x 841.9 pt at 96/72. */
const A4 = { width: 793.7, height: 1122.5 };
const A4_LANDSCAPE = { width: A4.height, height: A4.width };
const pages = (n: number, size = A4) => Array.from({ length: n }, () => size);

describe('zoom steps', () => {
  it.each([
    [1, 1.1, 0.9],
    [0.25, 0.33, 0.25],
    [5, 5, 4],
    [1.57, 1.75, 1.5],
    [0.999, 1.1, 0.9],
    [0.1, 0.25, 0.1],
    [12, 12, 5],
  ])('from %f, in goes to %f and out to %f', (from, up, down) => {
    expect(zoomIn(from)).toBe(up);
    expect(zoomOut(from)).toBe(down);
  });

  it('walks every step up and back down', () => {
    const up: number[] = [MIN_ZOOM];
    while (canZoomIn(up.at(-1)!)) up.push(zoomIn(up.at(-1)!));
    expect(up).toEqual([...ZOOM_STEPS]);
    const down: number[] = [MAX_ZOOM];
    while (canZoomOut(down.at(-1)!)) down.push(zoomOut(down.at(-1)!));
    expect(down).toEqual([...ZOOM_STEPS].reverse());
  });

  it('stops at the ends', () => {
    expect(canZoomIn(MAX_ZOOM)).toBe(false);
    expect(canZoomOut(MIN_ZOOM)).toBe(false);
    expect(canZoomIn(4.99)).toBe(true);
  });
});

describe('fitting', () => {
  it('fits the width of the viewer less its margins', () => {
    expect(fitWidthZoom(A4.width, 1280) * A4.width).toBeCloseTo(1280 - 2 * EDGE);
    expect(fitWidthZoom(0, 1280)).toBe(1);
  });

  it('opens at the viewer width on a tablet, and no wider than AUTO_MAX_WIDTH on a large screen', () => {
    expect(autoZoom(A4.width, 1000) * A4.width).toBeCloseTo(1000 - 2 * EDGE);
    expect(autoZoom(A4.width, 1920) * A4.width).toBeCloseTo(AUTO_MAX_WIDTH);
    expect(resolveZoom({ kind: 'auto' }, A4.width, 1920)).toBeCloseTo(AUTO_MAX_WIDTH / A4.width);
    expect(resolveZoom({ kind: 'fit-width' }, A4.width, 1920)).toBeCloseTo((1920 - 2 * EDGE) / A4.width);
    expect(resolveZoom({ kind: 'fixed', zoom: 1.25 }, A4.width, 1920)).toBe(1.25);
  });

  it('grows a tiny page and shrinks a poster to a readable width', () => {
    // imagemagick-CCITTFaxDecode.pdf: 3.84 pt square; poster.pdf: 1800 pt x UserUnit 10.
    const tiny = 3.84 * (96 / 72);
    const poster = 18_000 * (96 / 72);
    expect(autoZoom(tiny, 1280) * tiny).toBeCloseTo(AUTO_MAX_WIDTH);
    expect(autoZoom(poster, 1280) * poster).toBeCloseTo(AUTO_MAX_WIDTH);
  });
});

describe('layout', () => {
  it('stacks pages with a gap and margins, and centres narrower pages', () => {
    const layout = layoutPages([A4, A4_LANDSCAPE, A4], 1, 1280);
    expect(layout.tops).toEqual([EDGE, EDGE + 1123 + PAGE_GAP, EDGE + 1123 + PAGE_GAP + 794 + PAGE_GAP]);
    expect(layout.widths).toEqual([794, 1123, 794]);
    expect(layout.height).toBe(EDGE + 1123 + 794 + 1123 + 2 * PAGE_GAP + EDGE);
    expect(layout.width).toBe(1280);
    expect(pageLeft(layout, 0)).toBe(Math.floor((1280 - 794) / 2));
  });

  it('widens the content when a page is wider than the viewer', () => {
    const layout = layoutPages([A4, A4_LANDSCAPE], 2, 1280);
    expect(layout.width).toBe(2245 + 2 * EDGE);
    expect(pageLeft(layout, 1)).toBe(EDGE);
    expect(pageLeft(layout, 0)).toBe(Math.floor((layout.width - layout.widths[0]!) / 2));
  });

  it('keeps a page at least one pixel in each direction', () => {
    const layout = layoutPages([{ width: 0.2, height: 0.2 }], 1, 800);
    expect([layout.widths[0], layout.heights[0]]).toEqual([1, 1]);
  });
});

describe('which pages to draw', () => {
  const layout = layoutPages(pages(1221), 1, 1280);
  const stride = 1123 + PAGE_GAP;

  it('finds the page at a height, gaps belonging to the page above', () => {
    expect(pageAt(layout, 0)).toBe(0);
    expect(pageAt(layout, EDGE + 1122)).toBe(0);
    expect(pageAt(layout, EDGE + 1123 + 5)).toBe(0);
    expect(pageAt(layout, EDGE + stride)).toBe(1);
    expect(pageAt(layout, 10 ** 9)).toBe(1220);
  });

  it('draws only the pages in and near the viewport, wherever the reader is in a 1,221-page document', () => {
    expect(visibleRange(layout, 0, 800, 0)).toEqual({ first: 0, last: 0 });
    expect(visibleRange(layout, 0, 800, 800)).toEqual({ first: 0, last: 1 });
    const middle = visibleRange(layout, EDGE + 600 * stride + 900, 800, 400);
    expect(middle).toEqual({ first: 600, last: 601 });
    const end = visibleRange(layout, layout.height - 800, 800, 800);
    expect(end).toEqual({ first: 1219, last: 1220 });
    for (let top = 0; top < layout.height; top += 97_531) {
      const { first, last } = visibleRange(layout, top, 800, 800);
      expect(last - first).toBeLessThanOrEqual(3);
    }
  });

  it('has nothing to draw in an empty document', () => {
    expect(visibleRange(layoutPages([], 1, 800), 0, 800, 100)).toEqual({ first: 0, last: -1 });
  });
});

describe('the current page', () => {
  const layout = layoutPages(pages(3), 1, 1280);

  it('is the page a third of the way down the viewport', () => {
    expect(currentPage(layout, 0, 800)).toBe(0);
    expect(currentPage(layout, scrollTopFor(layout, 1), 800)).toBe(1);
    // Page 2's top is a little above the reading line: page 2.
    expect(currentPage(layout, layout.tops[1]! - 200, 800)).toBe(1);
    // ...and a little below it: still page 1.
    expect(currentPage(layout, layout.tops[1]! - 300, 800)).toBe(0);
  });

  it('is the last page once scrolled to the very end, even when the last page is short', () => {
    const short = layoutPages([A4, A4, A4_LANDSCAPE], 1, 1280);
    const end = short.height - 800;
    expect(currentPage(short, end, 800)).toBe(2);
  });

  it('goes to a page with its top just under the viewer edge, to the very top for page 1', () => {
    expect(scrollTopFor(layout, 0)).toBe(0);
    expect(scrollTopFor(layout, 2)).toBe(layout.tops[2]! - EDGE / 2);
    expect(scrollTopFor(layout, 99)).toBe(0);
  });
});

describe('anchoring across zoom changes', () => {
  it('keeps the same spot of the same page at the top of the viewer', () => {
    const before = layoutPages(pages(10), 1, 1280);
    const scrollTop = before.tops[4]! + 0.25 * before.heights[4]!;
    const anchor = anchorAt(before, scrollTop);
    expect(anchor.page).toBe(4);
    expect(anchor.offset).toBeCloseTo(0.25);
    const after = layoutPages(pages(10), 2, 1280);
    expect(scrollTopForAnchor(after, anchor)).toBeCloseTo(after.tops[4]! + 0.25 * after.heights[4]!);
  });

  it('puts a page opened by number at the top', () => {
    const layout = layoutPages(pages(10), 1.5, 1280);
    expect(scrollTopForAnchor(layout, { page: 3, offset: 0 })).toBe(scrollTopFor(layout, 3));
    expect(scrollTopForAnchor(layout, { page: 30, offset: 0.5 })).toBe(0);
  });
});

describe('page numbers and canvas size', () => {
  it('clamps a page number to the document', () => {
    expect([clampPage(0, 3), clampPage(2, 3), clampPage(7, 3), clampPage(2.4, 3), clampPage(1, 0)]).toEqual([1, 2, 3, 2, 1]);
  });

  it('draws at the device pixel ratio, lowered only when the canvas would be too large', () => {
    expect(outputScale(1248, 1765, 2, 16_000_000)).toBe(2);
    expect(outputScale(1248, 1765, 1, 16_000_000)).toBe(1);
    const capped = outputScale(4000, 5600, 2, 16_000_000);
    expect(capped).toBeLessThan(2);
    expect(4000 * capped * 5600 * capped).toBeCloseTo(16_000_000, -3);
    expect(outputScale(0, 0, 3, 16_000_000)).toBe(3);
    expect(outputScale(100, 100, 0, 16_000_000)).toBe(1);
  });
});

describe('pageZooms: the fits are per page, so a landscape page of a portrait document is read whole', () => {
  const mixed = [A4, A4_LANDSCAPE, A4];
  const fitW = (size: { width: number }) => (1280 - 2 * EDGE) / size.width;
  it.each([
    ['fit-width: every page fills the width', { kind: 'fit-width' } as const, [fitW(A4), fitW(A4_LANDSCAPE), fitW(A4)]],
    ['fit-page: every page fits the screen', { kind: 'fit-page' } as const, [(800 - 2 * EDGE) / A4.height, Math.min(fitW(A4_LANDSCAPE), (800 - 2 * EDGE) / A4_LANDSCAPE.height), (800 - 2 * EDGE) / A4.height]],
    ['a fixed zoom: the same for all', { kind: 'fixed', zoom: 1.5 } as const, [1.5, 1.5, 1.5]],
  ])('%s', (_, mode, zooms) => {
    pageZooms(mode, mixed, 0, 1280, 800).forEach((zoom, i) => expect(zoom).toBeCloseTo(zooms[i]!));
  });

  it('on opening, pages take the first page zoom unless they would be cut off', () => {
    const narrow = 700;
    const [first, landscape] = pageZooms({ kind: 'auto' }, mixed, 0, narrow, 800);
    expect(first).toBeCloseTo((narrow - 2 * EDGE) / A4.width);
    expect(landscape! * A4_LANDSCAPE.width).toBeLessThanOrEqual(narrow - 2 * EDGE + 0.01);
    const layout = layoutPages(mixed, pageZooms({ kind: 'auto' }, mixed, 0, narrow, 800), narrow);
    expect(Math.max(...layout.widths)).toBeLessThanOrEqual(narrow - 2 * EDGE + 1);
  });
});
