import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure.ts';
import type { LoadOutcome } from './run-load.ts';
import { medianOfRuns } from './runs.ts';

const outcome = (measurements: Measurement[]) => ({ measurements }) as unknown as LoadOutcome;
const signin = (value: number, bare: number, met: boolean): Measurement => ({
  scenario: 'signin',
  measure: 'sign-in of all',
  tablets: 1500,
  unit: 'ms',
  value,
  bare,
  ratio: Number((value / bare).toFixed(2)),
  met,
});

describe('the median of runs', () => {
  it('takes each figure from the run with the median ratio, and notes the range and how often the target was met', () => {
    const merged = medianOfRuns([outcome([signin(4000, 1000, false)]), outcome([signin(2000, 1000, true)]), outcome([signin(3000, 1200, true)])]);
    expect(merged.measurements).toHaveLength(1);
    expect(merged.measurements[0]).toMatchObject({ value: 3000, bare: 1200, ratio: 2.5, met: true });
    expect(merged.measurements[0]!.note).toBe('the median of 3 runs (ratio 2–4×, target met in 2 of 3)');
  });

  it('keeps a figure measured in one run only (the kill cycles, the soak) as it was', () => {
    const kill: Measurement = { scenario: 'kill-cycles', measure: 'lost', tablets: 0, unit: 'count', value: 0, met: true };
    const merged = medianOfRuns([outcome([signin(1, 1, true)]), outcome([signin(1, 1, true), kill])]);
    expect(merged.measurements.map((m) => m.scenario)).toEqual(['signin', 'kill-cycles']);
    expect(merged.measurements[1]).toEqual(kill);
  });

  it('orders by value when there is no bare baseline', () => {
    const memory = (value: number): Measurement => ({ scenario: 'memory', measure: 'idle', tablets: 0, unit: 'MB', value });
    expect(medianOfRuns([outcome([memory(150)]), outcome([memory(120)]), outcome([memory(130)])]).measurements[0]).toMatchObject({ value: 130, note: 'the median of 3 runs (value 120–150)' });
  });
});
