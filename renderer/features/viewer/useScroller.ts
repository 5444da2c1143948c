import { useCallback, useState } from 'react';
import { fitWidthZoom } from './layout.ts';
import { useGestures } from './useGestures.ts';
import type { ViewerState } from './useViewer.ts';

/**
 * The pages' scrolling element: `attach` (its ref) hands it to the viewer and puts the zoom gestures (pinch, double
 * tap, Ctrl + wheel) on it; `focus`: it takes the focus on arriving, so ↑ ↓ and Page Up / Page Down scroll it at once.
 */
export function useScroller(viewer: ViewerState, focus: boolean): (element: HTMLDivElement | null) => void {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  useGestures(scroller, {
    zoom: viewer.zoom,
    fitted: fitWidthZoom(viewer.sizes[viewer.page]?.width ?? 0, scroller?.clientWidth ?? 0),
    setZoom: viewer.setZoom,
    fit: viewer.fitWidth,
  });
  const { scrollerRef } = viewer;
  // Stable, as a ref callback must be: a new one each render would detach and attach the scroller every time.
  return useCallback(
    (element: HTMLDivElement | null) => {
      scrollerRef(element);
      setScroller(element);
      if (focus) element?.focus({ preventScroll: true });
    },
    [scrollerRef, focus],
  );
}
