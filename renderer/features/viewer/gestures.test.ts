import { describe, expect, it } from 'vitest';
import { doubleTapZoom, pinchZoom, wheelZoom } from './gestures.ts';

describe('pinchZoom', () => {
  it.each([
    [1, 100, 200, 2],
    [1.5, 200, 100, 0.75],
    [1, 100, 100, 1],
    [1, 0, 100, 1],
  ])('zoom %d, fingers from %d px to %d px: %d', (zoom, from, to, result) => {
    expect(pinchZoom(zoom, from, to)).toBeCloseTo(result);
  });
});

describe('doubleTapZoom', () => {
  it.each([
    [1, 1, { kind: 'zoom', zoom: 2 }],
    [1.1, 1, { kind: 'zoom', zoom: 2 }],
    [2, 1, { kind: 'fit' }],
    [0.5, 1, { kind: 'zoom', zoom: 2 }],
  ] as const)('at %d with the fit at %d: %j', (zoom, fitted, result) => {
    expect(doubleTapZoom(zoom, fitted)).toEqual(result);
  });
});

describe('wheelZoom', () => {
  it('zooms in when the wheel goes up, out when down, by about 10 % a notch', () => {
    expect(wheelZoom(1, -100)).toBeCloseTo(1.105, 3);
    expect(wheelZoom(1, 100)).toBeCloseTo(0.905, 3);
  });
});
