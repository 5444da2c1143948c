// Pure helpers of the ink scenario (bench/ink.ts): the strokes it draws and the figures of a run's frames.

/** Stroke `n` of a run: `moves` + 1 points in page fractions, a wavy line across the page at its own height. */
export function strokePoints(n: number, moves: number, top = 0.15, bottom = 0.4): [number, number][] {
  const y = top + ((bottom - top) * ((n * 7) % 23)) / 22;
  return Array.from({ length: moves + 1 }, (_, i) => [0.15 + (0.7 * i) / moves, y + 0.015 * Math.sin(i / 4)] as [number, number]);
}

export interface FrameFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
}

/** Median, 95th percentile (nearest rank) and worst of the frames' deltas. */
export function frameFigures(deltas: readonly number[]): FrameFigures {
  const sorted = [...deltas].sort((a, b) => a - b);
  const rank = (p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!);
  return { frames: sorted.length, medianMs: rank(0.5), p95Ms: rank(0.95), worstMs: sorted.length === 0 ? NaN : sorted[sorted.length - 1]! };
}
