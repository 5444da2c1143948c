import { describe, expect, it } from 'vitest';
import { nextExitTaps, type Tap } from './kiosk-exit-taps.ts';

const run = (taps: Tap[]) => {
  let kept: Tap[] = [];
  const opened: boolean[] = [];
  for (const tap of taps) {
    const next = nextExitTaps(kept, tap);
    kept = next.taps;
    opened.push(next.open);
  }
  return opened;
};
const corner = (at: number, x = 10, y = 10): Tap => ({ x, y, at });

describe('nextExitTaps', () => {
  it.each([
    ['five corner taps within 3 s open on the fifth', [0, 500, 1000, 1500, 2000].map((t) => corner(t)), [false, false, false, false, true]],
    ['exactly 3 s from first to fifth still opens', [0, 750, 1500, 2250, 3000].map((t) => corner(t)), [false, false, false, false, true]],
    ['four taps do not open', [0, 100, 200, 300].map((t) => corner(t)), [false, false, false, false]],
    ['too slow: the first tap has expired at the fifth', [0, 800, 1600, 2400, 3200].map((t) => corner(t)), [false, false, false, false, false]],
    ['a sixth tap after expiry completes a fresh five', [0, 800, 1600, 2400, 3200, 3300].map((t) => corner(t)), [false, false, false, false, false, true]],
    ['a tap outside the corner starts over', [corner(0), corner(100), corner(200), corner(300, 200, 10), corner(400), corner(500)], [false, false, false, false, false, false]],
    ['x = 60 is outside the corner', [0, 1, 2, 3, 4].map((t) => corner(t, 60, 5)), [false, false, false, false, false]],
    ['y = 60 is outside the corner', [0, 1, 2, 3, 4].map((t) => corner(t, 5, 60)), [false, false, false, false, false]],
    ['59.9 × 59.9 is inside', [0, 1, 2, 3, 4].map((t) => corner(t, 59.9, 59.9)), [false, false, false, false, true]],
    ['negative coordinates are outside', [0, 1, 2, 3, 4].map((t) => corner(t, -1, 5)), [false, false, false, false, false]],
    ['after opening, the count starts over', [0, 1, 2, 3, 4, 5, 6, 7, 8].map((t) => corner(t)), [false, false, false, false, true, false, false, false, false]],
    ['a clock going back drops the later taps', [corner(5000), corner(5100), corner(5200), corner(5300), corner(100)], [false, false, false, false, false]],
    ['a non-finite time counts as a tap elsewhere', [corner(0), corner(1), corner(2), corner(3), corner(Number.NaN)], [false, false, false, false, false]],
  ])('%s', (_name, taps, expected) => {
    expect(run(taps)).toEqual(expected);
  });
});
