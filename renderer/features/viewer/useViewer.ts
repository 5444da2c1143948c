import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PdfDocument } from '../pdf/engine.ts';
import {
  anchorAt,
  canZoomIn,
  canZoomOut,
  currentPage,
  layoutPages,
  pageZooms,
  MAX_ZOOM,
  MIN_ZOOM,
  scrollTopFor,
  scrollTopForAnchor,
  visibleRange,
  zoomIn as stepIn,
  zoomOut as stepOut,
  type Anchor,
  type Layout,
  type PageSize,
  type ZoomMode,
} from './layout.ts';

interface View {
  top: number;
  width: number;
  height: number;
}

const measure = (element: HTMLElement): View => ({ top: element.scrollTop, width: element.clientWidth, height: element.clientHeight });

/** A horizontal swipe, on a page that does not scroll sideways, turns the page. */
const SWIPE_MIN_PX = 70;
const SWIPE_MAX_MS = 700;

export interface ViewerState {
  /** Attach to the scrolling element. */
  scrollerRef: (element: HTMLDivElement | null) => void;
  layout: Layout;
  /** The pages to mount (near the viewport); none until the viewer's size is known. */
  range: { first: number; last: number };
  /** 0-based, the page shown as "x / n". */
  page: number;
  count: number;
  zoom: number;
  mode: ZoomMode;
  canZoomIn: boolean;
  canZoomOut: boolean;
  goTo(index: number): void;
  next(): void;
  previous(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitWidth(): void;
  /** Every page whole on the screen (each at its own zoom). */
  fitPage(): void;
  /** A fixed zoom (pinch, double tap), kept within the zoom range. */
  setZoom(zoom: number): void;
  /** Scrolls by a line (about 50 px) or by most of a screen. */
  scrollBy(direction: 1 | -1, by: 'line' | 'screen'): void;
  /** Whether an element is the scrolling element or inside it. */
  contains(target: EventTarget | null): boolean;
  onMeasured(index: number, size: PageSize): void;
  /** Many pages measured at once (fetched ahead in the background): one layout for all of them. */
  onMeasuredMany(entries: readonly (readonly [number, PageSize])[]): void;
  /** Every page's size at zoom 1, as known so far (page 1's until measured). */
  sizes: readonly PageSize[];
}

/**
 * The viewer's state: where it is in the document, the zoom, every page's box, and which pages to draw. Pages are
 * assumed to be the size of page 1 until each is measured; whenever the layout changes (zoom, a measured
 * page, the screen rotating) the same spot of the same page stays at the top of the viewer.
 */
export function useViewer(pdf: PdfDocument | null, firstSize: PageSize | null, initialPage = 1): ViewerState {
  /** The scrolling element: in a ref for the handlers that move it, in state so effects run once it is there. */
  const element = useRef<HTMLDivElement | null>(null);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState<View>({ top: 0, width: 0, height: 0 });
  const [measured, setMeasured] = useState<ReadonlyMap<number, PageSize>>(() => new Map());
  const [mode, setMode] = useState<ZoomMode>({ kind: 'auto' });
  /** The page whose width the fit modes fit: page 1 on opening, the current page when "fit width" is pressed. */
  const [fitPage, setFitPage] = useState(0);
  /** A page chosen by button or key stays the current one until the reader scrolls (a short page may never reach the reading line). */
  const [pinned, setPinned] = useState<{ page: number; top: number } | null>(null);
  /** Opening at a page other than the first: the anchor points there from the start (clamped once the count is known). */
  const anchor = useRef<Anchor>({ page: Math.max(0, Math.round(initialPage) - 1), offset: 0 });
  /** That page is pinned as the current one once laid out, as if chosen by "go to page". */
  const pinOnLayout = useRef(initialPage > 1);
  const centre = useRef(0.5);
  /** Turns the page by a swipe (set after each render, so the touch handlers see the current page). */
  const turn = useRef<(delta: number) => void>(() => {});

  const count = pdf?.numPages ?? 0;
  const sizes = useMemo(
    () => (firstSize ? Array.from({ length: count }, (_, i) => measured.get(i) ?? firstSize) : []),
    [count, firstSize, measured],
  );
  const reference = Math.min(fitPage, count - 1);
  const zooms = useMemo(() => pageZooms(mode, sizes, reference, view.width, view.height), [mode, sizes, reference, view.width, view.height]);
  const layout = useMemo(() => layoutPages(sizes, zooms, view.width), [sizes, zooms, view.width]);
  const layoutRef = useRef(layout);

  const scrollerRef = useCallback((attached: HTMLDivElement | null) => {
    element.current = attached;
    setScroller(attached);
    if (attached) setView(measure(attached));
  }, []);

  // Keep the reader's place whenever the layout changes, before the browser paints the new one.
  useLayoutEffect(() => {
    layoutRef.current = layout;
    const target = element.current;
    if (!target || !scroller) return;
    const last = layout.tops.length - 1;
    if (last >= 0 && anchor.current.page > last) anchor.current = { page: last, offset: 0 };
    target.scrollTop = scrollTopForAnchor(layout, anchor.current);
    target.scrollLeft = Math.max(0, centre.current * layout.width - target.clientWidth / 2);
    // The page in view follows now, not a frame later from the scroll event (opening at page 40 never says page 1).
    setView((known) => (known.top === target.scrollTop ? known : measure(target)));
    if (last >= 0 && pinOnLayout.current) {
      pinOnLayout.current = false;
      setPinned({ page: anchor.current.page, top: target.scrollTop });
    }
  }, [scroller, layout]);

  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      // The anchor follows at once (a zoom may come before the next frame); React hears of it once per frame.
      anchor.current = anchorAt(layoutRef.current, scroller.scrollTop);
      centre.current = layoutRef.current.width > 0 ? (scroller.scrollLeft + scroller.clientWidth / 2) / layoutRef.current.width : 0.5;
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setView(measure(scroller));
        });
      }
    };
    const resized = new ResizeObserver(() => setView(measure(scroller)));
    let swipe: { x: number; y: number; at: number } | null = null;
    const onTouchStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      swipe = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, at: event.timeStamp } : null;
    };
    const onTouchEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      const start = swipe;
      swipe = null;
      if (!start || !touch || event.timeStamp - start.at > SWIPE_MAX_MS) return;
      if (scroller.scrollWidth > scroller.clientWidth + 1) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
      turn.current(dx < 0 ? 1 : -1);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('touchstart', onTouchStart, { passive: true });
    scroller.addEventListener('touchend', onTouchEnd, { passive: true });
    resized.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('touchstart', onTouchStart);
      scroller.removeEventListener('touchend', onTouchEnd);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroller]);

  const page =
    count === 0 ? 0 : pinned && Math.abs(view.top - pinned.top) < 2 ? Math.min(pinned.page, count - 1) : currentPage(layout, view.top, view.height);

  /** The zoom shown and stepped from: the page in view's (the fits are per page). */
  const zoom = layout.zooms[page] ?? layout.zoom;

  const goTo = useCallback(
    (index: number) => {
      // Asked before the document is open: the anchor takes it, and the first layout scrolls there.
      if (count === 0) {
        anchor.current = { page: Math.max(0, index), offset: 0 };
        pinOnLayout.current = true;
        return;
      }
      const target = Math.min(count - 1, Math.max(0, index));
      anchor.current = { page: target, offset: 0 };
      const scrolled = element.current;
      if (!scrolled) return setPinned({ page: target, top: view.top });
      scrolled.scrollTop = scrollTopFor(layoutRef.current, target);
      setPinned({ page: target, top: scrolled.scrollTop });
      setView(measure(scrolled));
    },
    [count, view.top],
  );

  useEffect(() => {
    turn.current = (delta) => goTo(page + delta);
  });

  const onMeasured = useCallback(
    (index: number, size: PageSize) => {
      setMeasured((known) => {
        const before = known.get(index) ?? firstSize;
        if (before && Math.abs(before.width - size.width) < 0.5 && Math.abs(before.height - size.height) < 0.5) return known;
        return new Map(known).set(index, size);
      });
    },
    [firstSize],
  );

  const onMeasuredMany = useCallback(
    (entries: readonly (readonly [number, PageSize])[]) => {
      setMeasured((known) => {
        let next: Map<number, PageSize> | null = null;
        for (const [index, size] of entries) {
          const before = known.get(index) ?? firstSize;
          if (before && Math.abs(before.width - size.width) < 0.5 && Math.abs(before.height - size.height) < 0.5) continue;
          next ??= new Map(known);
          next.set(index, size);
        }
        return next ?? known;
      });
    },
    [firstSize],
  );

  const range = view.width > 0 && count > 0 ? visibleRange(layout, view.top, view.height, Math.max(view.height, 400)) : { first: 0, last: -1 };

  return {
    scrollerRef,
    layout,
    range,
    page,
    count,
    zoom,
    mode,
    canZoomIn: count > 0 && canZoomIn(zoom),
    canZoomOut: count > 0 && canZoomOut(zoom),
    goTo,
    next: () => goTo(page + 1),
    previous: () => goTo(page - 1),
    zoomIn: () => setMode({ kind: 'fixed', zoom: stepIn(zoom) }),
    zoomOut: () => setMode({ kind: 'fixed', zoom: stepOut(zoom) }),
    fitWidth: () => {
      setFitPage(page);
      setMode({ kind: 'fit-width' });
    },
    fitPage: () => setMode({ kind: 'fit-page' }),
    setZoom: (wanted) => setMode({ kind: 'fixed', zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, wanted)) }),
    scrollBy: (direction, by) => {
      const scrolled = element.current;
      if (scrolled) scrolled.scrollBy({ top: direction * (by === 'line' ? 50 : Math.max(50, scrolled.clientHeight * 0.9)) });
    },
    contains: (target) => !!element.current && target instanceof Node && element.current.contains(target),
    onMeasured,
    onMeasuredMany,
    sizes,
  };
}
