// `--write` for the load scenarios: the table of the run between the `load` markers of bench/README.md (machine,
// Node, date, medians and p99, the bare baseline and the ratio, the target), the rest of the file untouched.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Measurement } from './measure.ts';
import { hottest } from './profile.ts';
import type { LoadOutcome } from './run-load.ts';

const START = '<!-- load:start -->';
const END = '<!-- load:end -->';

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}`;
}

export const loadAverage = () => loadavg()[0]!.toFixed(1);

const cell = (n: number | null | undefined, unit = '') => (n === null || n === undefined || !Number.isFinite(n) ? '—' : `${n}${unit}`);
const verdict = (m: Measurement) => (m.met === true ? 'yes' : m.met === false ? '**no**' : '—');

function row(m: Measurement): string {
  const unit = m.unit === 'count' ? '' : ` ${m.unit}`;
  const spread = m.p50 !== undefined && m.p99 !== undefined ? `${cell(m.p50)} / ${cell(m.p99)}` : '—';
  const ratio = m.ratio === null || m.ratio === undefined ? '—' : `${m.ratio}×`;
  const note = m.note ? ` (${m.note})` : '';
  return `| ${m.scenario} | ${m.measure}${note} | ${cell(m.value, unit)} | ${spread} | ${cell(m.bare, m.bare === null || m.bare === undefined ? '' : unit)} | ${ratio} | ${m.target ?? '—'} | ${verdict(m)} |`;
}

/** Where the hub's time went in each phase that missed a target, from its CPU profile. */
function profileLines(outcome: LoadOutcome): string[] {
  const file = outcome.profile?.file;
  if (!file) return [];
  const missed = new Set(outcome.measurements.filter((m) => m.met === false).map((m) => m.scenario as string));
  const lines = [
    '',
    `CPU profile of the hub (main thread): \`${file}\` (open it in Chrome's DevTools, Performance tab). For each phase that missed a target, its busy time charged to the innermost function of the hub's own code (SQLite, Socket.IO, zod… count for the function that called them), then the biggest self times:`,
    '',
  ];
  for (const [name, window] of Object.entries(outcome.profile!.phases)) {
    if (!missed.has(name) && !(name === 'signin' && missed.has('memory'))) continue;
    const hot = hottest(file, { window, count: 8 });
    const ours = hot.ours.map((f) => `\`${f.name}\` (${f.where}${f.via ? `, via \`${f.via}\`` : ''}) ${Math.round(f.share * 100)}%`).join('; ');
    const self = hot.self.slice(0, 6).map((f) => `\`${f.name}\` ${Math.round(f.share * 100)}%`).join(', ');
    lines.push(`- **${name}**, ${(hot.busyMs / 1000).toFixed(1)} s busy and ${(hot.idleMs / 1000).toFixed(1)} s idle: ${ours}. Self time: ${self}.`);
  }
  return lines;
}

/** The section as it will read. */
export function loadSection(outcome: LoadOutcome, o: { tablets: number; processes: number; runs?: number; date: string; loadBefore: string; loadAfter: string }): string {
  return [
    `Measured ${o.date} on ${machine()}; ${o.tablets} tablets in ${o.processes} worker processes${(o.runs ?? 1) > 1 ? `, ${o.runs} runs (each figure from the run with the median ratio, or value, the range of the runs in its note)` : ''}, the hub and the bare server each in a process of its own; load average ${o.loadBefore} before the run, ${o.loadAfter} after (other work shares this machine: the figures are noisy, the ratios less so).`,
    '',
    '| scenario | measure | hub | p50 / p99 | bare | ratio | target | met |',
    '|---|---|---|---|---|---|---|---|',
    ...outcome.measurements.map(row),
    ...profileLines(outcome),
  ].join('\n');
}

/** Replaces what is between the load markers of `file` with `section`. */
export function writeLoadSection(file: string, section: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  writeFileSync(file, `${text.slice(0, start)}${START}\n${section}\n${text.slice(end)}`);
}
