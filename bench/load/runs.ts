// `--runs <n>`: the congress measured n times over (each run a fresh congress, hub and bare server); each figure of
// the README is then the run with the median ratio to its bare baseline (the median value when it has none), with the
// range of the n runs beside it. A machine shared with other work is noisy; a median of runs tells more than one.
import type { Measurement } from './measure.ts';
import type { LoadOutcome } from './run-load.ts';

const keyOf = (m: Measurement) => `${m.scenario}|${m.measure}`;
const sortKey = (m: Measurement) => (m.ratio !== null && m.ratio !== undefined ? m.ratio : m.value);

/** One outcome whose measurements are each the median run's, noted with the range over the runs. */
export function medianOfRuns(outcomes: readonly LoadOutcome[]): LoadOutcome {
  const last = outcomes.at(-1);
  if (!last) throw new Error('no run to take the median of');
  if (outcomes.length === 1) return last;
  const groups = new Map<string, Measurement[]>();
  for (const outcome of outcomes) {
    for (const m of outcome.measurements) {
      const list = groups.get(keyOf(m)) ?? [];
      list.push(m);
      groups.set(keyOf(m), list);
    }
  }
  const measurements = [...groups.values()].map((runs) => {
    const sorted = [...runs].sort((a, b) => sortKey(a) - sortKey(b));
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    if (runs.length === 1) return median;
    const byRatio = median.ratio !== null && median.ratio !== undefined;
    const range = `${byRatio ? 'ratio' : 'value'} ${sortKey(sorted[0]!)}–${sortKey(sorted.at(-1)!)}${byRatio ? '×' : ''}`;
    const met = runs.filter((m) => m.met === true).length;
    const judged = runs.filter((m) => m.met !== null && m.met !== undefined).length;
    const verdicts = judged > 0 ? `, target met in ${met} of ${judged}` : '';
    return { ...median, note: `${median.note ? `${median.note}; ` : ''}the median of ${runs.length} runs (${range}${verdicts})` };
  });
  return { ...last, measurements };
}
