import { describe, expect, it } from 'vitest';
import { fractionMet, fractionThreshold } from './fraction.ts';
import type { MajorityFraction } from './rules.ts';

describe('fractions of a base, in integers', () => {
  it.each<[string, MajorityFraction, number, number, boolean, number]>([
    // fraction, count, base -> met, threshold
    ['31 of 60 is more than half', 'half', 31, 60, true, 31],
    ['30 of 60 is exactly half, not more', 'half', 30, 60, false, 31],
    ['30 of 59 is more than half', 'half', 30, 59, true, 30],
    ['6 of 11 is more than half (the Party example)', 'half', 6, 11, true, 6],
    ['5 of 11 is not', 'half', 5, 11, false, 6],
    ['1 of 1', 'half', 1, 1, true, 1],
    ['0 of an empty base is never met', 'half', 0, 0, false, 1],
    ['40 of 60 is exactly two thirds: at least two thirds', 'twoThirds', 40, 60, true, 40],
    ['39 of 60 is not', 'twoThirds', 39, 60, false, 40],
    ['21 of 31 is at least two thirds (62/3 = 20.67)', 'twoThirds', 21, 31, true, 21],
    ['20 of 31 is not', 'twoThirds', 20, 31, false, 21],
    ['1000 of 1500', 'twoThirds', 1000, 1500, true, 1000],
    ['0 of an empty base is never met, though 3·0 ≥ 2·0', 'twoThirds', 0, 0, false, 1],
  ])('%s', (_, fraction, count, base, met, threshold) => {
    expect(fractionMet(fraction, count, base)).toBe(met);
    expect(fractionThreshold(fraction, base)).toBe(threshold);
  });

  it('the threshold is the fewest votes that meet the fraction, for every base up to 1,600', () => {
    for (const fraction of ['half', 'twoThirds'] as const) {
      for (let base = 1; base <= 1600; base++) {
        const threshold = fractionThreshold(fraction, base);
        expect(fractionMet(fraction, threshold, base)).toBe(true);
        expect(fractionMet(fraction, threshold - 1, base)).toBe(false);
      }
    }
  });
});
