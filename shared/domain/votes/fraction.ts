import type { MajorityFraction } from './rules.ts';

/**
 * Whether `count` reaches the fraction of `base`, in exact integer arithmetic (no 0.5 or 0.666…): more than half is
 * 2·count > base ("does not mean 51%", nor "50 percent plus one"); two thirds is at least two thirds, 3·count ≥ 2·base.
 * Nothing is reached on an empty base: no votes carry no decision.
 */
export function fractionMet(fraction: MajorityFraction, count: number, base: number): boolean {
  if (base <= 0) return false;
  return fraction === 'half' ? 2 * count > base : 3 * count >= 2 * base;
}

/** The fewest votes that reach the fraction of `base` (at least 1: an empty base is never reached). */
export function fractionThreshold(fraction: MajorityFraction, base: number): number {
  // floor(b/2)+1 is the least n with 2n > b; floor((2b+2)/3) is ceil(2b/3), the least n with 3n ≥ 2b.
  const least = fraction === 'half' ? Math.floor(base / 2) + 1 : Math.floor((2 * base + 2) / 3);
  return Math.max(1, least);
}
