// The soak's figures (soak.ts) as measurements: the hub's RSS after the first minute, at the end, its peak, and the
// growth from the second quarter of the soak to the last (the first quarter is left out: caches and the heap fill then);
// then what must not go wrong meanwhile, counted.
import { compared, type Measurement, spread } from './measure.ts';
import { describeCounts } from './report-figures.ts';
import type { SoakFigures } from './soak.ts';

const MB = 2 ** 20;
/** Memory is bounded when the last quarter's mean is within this share over the second quarter's. */
export const SOAK_GROWTH_LIMIT = 0.1;

const mb = (bytes: number) => bytes / MB;

/** The mean RSS of the samples taken in [from, to) of the soak's length (fractions), and how many there were. */
export function meanBetween(samples: readonly { atMs: number; rss: number }[], lengthMs: number, from: number, to: number): { mean: number; count: number } {
  const within = samples.filter((s) => s.atMs >= from * lengthMs && (s.atMs < to * lengthMs || (to === 1 && s.atMs <= lengthMs)));
  return { mean: within.reduce((sum, s) => sum + s.rss, 0) / within.length, count: within.length };
}

export function soakMeasurements(f: SoakFigures): Measurement[] {
  const base = { scenario: 'soak' as const, tablets: f.tablets };
  const lengthMs = f.samples.at(-1)?.atMs ?? f.minutes * 60_000;
  const second = meanBetween(f.samples, lengthMs, 0.25, 0.5);
  const last = meanBetween(f.samples, lengthMs, 0.75, 1);
  const growth = (last.mean - second.mean) / second.mean;
  const minute = (share: number) => Math.round((share * lengthMs) / 6_000) / 10;
  const peak = Math.max(...f.samples.map((s) => s.rss));
  const notBack = f.cuts.cut - f.cuts.back;
  const tabletDrops = Object.values(f.drops).reduce((s, k) => s + k, 0);
  return [
    compared({ ...base, measure: `hub RSS after the first minute of ${f.minutes} minutes of a meeting's traffic`, unit: 'MB', value: mb(f.afterFirstMinute), note: `${mb(f.samples[0]?.rss ?? NaN).toFixed(1)} MB when the traffic began` }, null, null),
    compared({ ...base, measure: 'hub RSS at the end of the soak', unit: 'MB', value: mb(f.atEnd), note: `${f.samples.length} samples, every 10 s over ${minute(1)} minutes` }, null, null),
    compared({ ...base, measure: 'hub RSS: the highest of the samples', unit: 'MB', value: mb(peak), note: `the hub's peak since it started (sign-in and preload included): ${Math.round(mb(f.highWater))} MB` }, null, null),
    compared(
      {
        ...base,
        measure: 'hub RSS: growth from the second quarter of the soak to the last (means of the samples)',
        unit: 'MB',
        value: mb(last.mean - second.mean),
        target: `bounded: last quarter within ${SOAK_GROWTH_LIMIT * 100}% of the second quarter`,
        note: `minutes ${minute(0.25)}–${minute(0.5)}: ${mb(second.mean).toFixed(1)} MB (${second.count} samples); minutes ${minute(0.75)}–${minute(1)}: ${mb(last.mean).toFixed(1)} MB (${last.count} samples); ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`,
      },
      null,
      () => (second.count > 0 && last.count > 0 ? growth <= SOAK_GROWTH_LIMIT : null),
    ),
    compared(
      {
        ...base,
        measure: 'tablets that did not come back by themselves after losing their connection (within 70 s)',
        unit: 'count',
        value: notBack,
        ...spread(f.cuts.backMs),
        target: 'none',
        note: `p50/p99: from the drop until following again, ms; ${f.cuts.cut} drops (a tenth of the tablets a minute${f.cuts.chosen > f.cuts.cut ? `, ${f.cuts.chosen - f.cuts.cut} chosen while not connected` : ''}); after the soak ${f.settled.back} of ${f.settled.signedIn} signed-in tablets following at the hub's revision, ${f.settled.exact} counting the hub's ${f.presentAtEnd} present`,
      },
      null,
      (value) => value === 0 && f.settled.back === f.settled.signedIn && f.settled.exact === f.settled.signedIn,
    ),
    compared(
      {
        ...base,
        measure: 'check-ins acknowledged, of delegates checked out and in again (a tenth a minute)',
        unit: 'count',
        value: f.attendance.checkedIn,
        target: `exactly ${f.attendance.expected}`,
        note: `${f.attendance.checkedOut} of ${f.attendance.expected} check-outs acknowledged; the scans' outcomes ${JSON.stringify(f.attendance.outcomes)}; present on the hub ${f.presentAtStart} before, ${f.presentAtEnd} after`,
      },
      null,
      (value) => value === f.attendance.expected && f.attendance.checkedOut === f.attendance.expected && f.presentAtEnd === f.presentAtStart,
    ),
    compared(
      {
        ...base,
        measure: 'drops nobody caused (tablets, the chair, the desks) and steps that failed',
        unit: 'count',
        value: tabletDrops + f.staffDropped.length + f.chair.failed + f.refetch.failed + (f.refetch.chosen - f.refetch.tablets),
        target: 'none',
        note: `${tabletDrops} tablet drops${tabletDrops ? ` (${describeCounts(f.drops)})` : ''}; staff dropped: ${f.staffDropped.join(', ') || 'none'}; the chair set the current item ${f.chair.rounds} times, ${f.chair.failed} failed; ${f.refetch.tablets} of ${f.refetch.chosen} tablets chosen were following and fetched a document again, ${f.refetch.reported} reports acknowledged, ${f.refetch.failed} failed${f.errors.length ? `; ${f.errors.join('; ')}` : ''}`,
      },
      null,
      (value) => value === 0,
    ),
  ];
}
