// The touch way to a kiosk tablet's PIN page (issue 19): five taps within 3 s in the screen's top-left 60×60 px
// corner. A delegate does not tap an empty corner five times by accident; the secretariat is told where to tap.

export const EXIT_TAPS = { count: 5, withinMs: 3000, cornerPx: 60 } as const;

export interface Tap {
  x: number;
  y: number;
  /** Milliseconds (any clock, the same for every tap). */
  at: number;
}

/**
 * The corner taps still counting after `tap` (taps outside the corner or older than the window dropped, a tap
 * elsewhere starts over) and whether they now make the gesture (then the count starts over too).
 */
export function nextExitTaps(previous: readonly Tap[], tap: Tap): { taps: Tap[]; open: boolean } {
  const inCorner = tap.x >= 0 && tap.y >= 0 && tap.x < EXIT_TAPS.cornerPx && tap.y < EXIT_TAPS.cornerPx;
  if (!inCorner || !Number.isFinite(tap.at)) return { taps: [], open: false };
  const taps = [...previous.filter((p) => tap.at - p.at >= 0 && tap.at - p.at <= EXIT_TAPS.withinMs), tap];
  if (taps.length >= EXIT_TAPS.count) return { taps: [], open: true };
  return { taps, open: false };
}
