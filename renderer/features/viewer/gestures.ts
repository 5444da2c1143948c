// Zoom by hand: a pinch scales the pages by how far the fingers moved apart, a double tap zooms in on a page that
// fits (and back to the fit on a zoomed one), Ctrl + wheel (a laptop's pinch) zooms in small steps.

/** Two taps this close in time and place are a double tap. */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_PX = 30;

export interface Point {
  x: number;
  y: number;
}

export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The zoom at the end of a pinch: the zoom at its start scaled by the fingers' spread. */
export function pinchZoom(startZoom: number, startSpread: number, spread: number): number {
  if (startSpread <= 0 || spread <= 0) return startZoom;
  return startZoom * (spread / startSpread);
}

/** A double tap: twice the fitted zoom on a page that fits; back to the fit once zoomed in. */
export function doubleTapZoom(zoom: number, fitted: number): { kind: 'fit' } | { kind: 'zoom'; zoom: number } {
  return zoom > fitted * 1.2 ? { kind: 'fit' } : { kind: 'zoom', zoom: fitted * 2 };
}

/** Ctrl + wheel: a notch (100 px) zooms by about 10 %. */
export function wheelZoom(zoom: number, deltaY: number): number {
  return zoom * Math.exp(-deltaY / 1000);
}
