// One measurement of a load run: printed as one JSON line, and a row of bench/README.md.
import { percentile } from './common.ts';

/** The five scenarios of `--scenario congress`. */
export const CONGRESS_SCENARIOS = ['signin', 'current-item', 'checkin-burst', 'download', 'memory'] as const;
/** Every load scenario: the congress's five, the vote (issue 13), and the soak, which runs only when named (it lasts `--soak-minutes`). */
export const LOAD_SCENARIOS = [...CONGRESS_SCENARIOS, 'vote', 'soak'] as const;
export type LoadScenario = (typeof LOAD_SCENARIOS)[number];

export interface Measurement {
  scenario: LoadScenario | 'preload' | 'kill-cycles';
  measure: string;
  tablets: number;
  unit: 'ms' | 'MB' | 'MB/s' | 'pushes/s' | 'count';
  /** The headline figure: the one compared with the bare baseline and the target. */
  value: number;
  p50?: number;
  p99?: number;
  /** The bare baseline's same figure, measured in the same run (null when the measure has none). */
  bare?: number | null;
  /** value / bare. */
  ratio?: number | null;
  /** The target, in words. */
  target?: string;
  /** Whether the target is met (null when there is no target or it cannot be judged). */
  met?: boolean | null;
  note?: string;
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/** The median and 99th percentile of ascending values, rounded. */
export function spread(sorted: readonly number[]): { p50: number; p99: number } {
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
}

/**
 * A measurement beside its bare baseline: `ratio` is value / bare, `met` is `judge(value, ratio)` (a judge answers
 * null when it cannot tell, e.g. a ratio target without a bare run).
 */
export function compared(
  base: Omit<Measurement, 'ratio' | 'met' | 'bare'>,
  bare: number | null | undefined,
  judge: ((value: number, ratio: number | null) => boolean | null) | null,
): Measurement {
  const ratio = bare && Number.isFinite(bare) && bare > 0 ? round(base.value / bare, 2) : null;
  const met = judge && Number.isFinite(base.value) ? judge(base.value, ratio) : null;
  return { ...base, value: round(base.value), bare: bare === undefined || bare === null ? null : round(bare), ratio, met };
}
