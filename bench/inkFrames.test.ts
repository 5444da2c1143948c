import { describe, expect, it } from 'vitest';
import { frameFigures, strokePoints } from './inkFrames.ts';

describe('ink bench helpers', () => {
  it.each([
    [[16.7], 16.7, 16.7, 16.7],
    [[10, 20, 30, 40], 20, 40, 40],
    [[...Array.from({ length: 99 }, () => 16), 200], 16, 16, 200],
    [[50, 10, 30], 30, 50, 50],
  ])('figures of %j', (deltas, median, p95, worst) => {
    expect(frameFigures(deltas)).toEqual({ frames: deltas.length, medianMs: median, p95Ms: p95, worstMs: worst });
  });
  it('answers NaN for no frames', () => expect(frameFigures([]).medianMs).toBeNaN());
  it('keeps every point of every stroke on the page, inside the band asked', () => {
    for (let n = 0; n < 50; n++) {
      const points = strokePoints(n, 60, 0.2, 0.3);
      expect(points).toHaveLength(61);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0.15);
        expect(x).toBeLessThanOrEqual(0.85);
        expect(y).toBeGreaterThanOrEqual(0.2 - 0.015);
        expect(y).toBeLessThanOrEqual(0.3 + 0.015);
      }
    }
  });
});
