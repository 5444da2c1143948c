import { useEffect, useRef } from 'react';
import { DOUBLE_TAP_MS, DOUBLE_TAP_PX, distance, doubleTapZoom, pinchZoom, wheelZoom, type Point } from './gestures.ts';

export interface GestureActions {
  zoom: number;
  /** The zoom the fit modes give the page in view. */
  fitted: number;
  setZoom(zoom: number): void;
  fit(): void;
}

const point = (touch: Touch): Point => ({ x: touch.clientX, y: touch.clientY });

/**
 * Pinch, double tap and Ctrl + wheel on the page area. While the fingers move, the pages are scaled by CSS (no
 * drawing); at the end the zoom is set once and the pages are drawn sharp at it.
 */
export function useGestures(scroller: HTMLElement | null, actions: GestureActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!scroller) return;
    const content = () => scroller.firstElementChild as HTMLElement | null;
    let pinch: { spread: number; zoom: number; ratio: number } | null = null;
    let lastTap: { at: number; at_: Point } | null = null;
    const onStart = (event: TouchEvent) => {
      if (event.touches.length !== 2) return;
      const [a, b] = [event.touches[0]!, event.touches[1]!];
      pinch = { spread: distance(point(a), point(b)), zoom: latest.current.zoom, ratio: 1 };
      const target = content();
      if (target) {
        const box = target.getBoundingClientRect();
        target.style.transformOrigin = `${(a.clientX + b.clientX) / 2 - box.left}px ${(a.clientY + b.clientY) / 2 - box.top}px`;
      }
    };
    const onMove = (event: TouchEvent) => {
      if (!pinch || event.touches.length !== 2) return;
      event.preventDefault();
      pinch.ratio = distance(point(event.touches[0]!), point(event.touches[1]!)) / pinch.spread;
      const target = content();
      if (target) target.style.transform = `scale(${pinch.ratio})`;
    };
    const onEnd = (event: TouchEvent) => {
      if (pinch) {
        if (event.touches.length >= 2) return;
        const ended = pinch;
        pinch = null;
        const target = content();
        if (target) target.style.transform = '';
        if (Math.abs(ended.ratio - 1) > 0.02) latest.current.setZoom(pinchZoom(ended.zoom, 1, ended.ratio));
        lastTap = null;
        return;
      }
      if (event.touches.length > 0 || event.changedTouches.length !== 1) return;
      const tap = point(event.changedTouches[0]!);
      if (lastTap && event.timeStamp - lastTap.at < DOUBLE_TAP_MS && distance(tap, lastTap.at_) < DOUBLE_TAP_PX) {
        lastTap = null;
        const next = doubleTapZoom(latest.current.zoom, latest.current.fitted);
        if (next.kind === 'fit') latest.current.fit();
        else latest.current.setZoom(next.zoom);
        return;
      }
      lastTap = { at: event.timeStamp, at_: tap };
    };
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      latest.current.setZoom(wheelZoom(latest.current.zoom, event.deltaY));
    };
    scroller.addEventListener('touchstart', onStart, { passive: true });
    scroller.addEventListener('touchmove', onMove, { passive: false });
    scroller.addEventListener('touchend', onEnd, { passive: true });
    scroller.addEventListener('touchcancel', onEnd, { passive: true });
    scroller.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      scroller.removeEventListener('touchstart', onStart);
      scroller.removeEventListener('touchmove', onMove);
      scroller.removeEventListener('touchend', onEnd);
      scroller.removeEventListener('touchcancel', onEnd);
      scroller.removeEventListener('wheel', onWheel);
    };
  }, [scroller]);
}
