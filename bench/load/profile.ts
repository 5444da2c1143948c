// Where the hub's time went under load: the `.cpuprofile` that `node --cpu-prof` writes when the hub stops,
// summed by function (self time), so that bench/README.md can say what a missed target costs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  /** Time in the function itself, and in it or anything it called (each sample counted once per function). */
  selfMs: number;
  totalMs: number;
  /** totalMs over the whole profile. */
  share: number;
}

/** The newest `.cpuprofile` in `dir`, or null. */
export function newestProfile(dir: string): string | null {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  return files.length > 0 ? join(dir, files.at(-1)!) : null;
}

const ROOT = join(import.meta.dirname, '../..');

/**
 * Where the hub's time went: the functions of this project (main/, shared/) with the most time in them or in what
 * they called, biggest first, and the biggest self times of anything (SQLite, Socket.IO, the garbage collector).
 * `window` limits it to a phase: ms after the profile started (the hub process's start, give or take its loading).
 */
export function hottest(
  file: string,
  options: { count?: number; window?: { fromMs: number; toMs: number } } = {},
): { busyMs: number; idleMs: number; ours: HotFunction[]; self: HotFunction[] } {
  const count = options.count ?? 12;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const keyOf = new Map<number, { key: string; name: string; where: string }>();
  const frameOf = (id: number) => {
    let k = keyOf.get(id);
    if (!k) {
      const frame = byNode.get(id)!.callFrame;
      const path = frame.url.startsWith('file://') ? relative(ROOT, new URL(frame.url).pathname) : frame.url;
      const where = path ? `${path}:${frame.lineNumber + 1}` : '';
      k = { key: `${frame.functionName}@${where}`, name: frame.functionName || '(anonymous)', where };
      keyOf.set(id, k);
    }
    return k;
  };
  const stats = new Map<string, { name: string; where: string; self: number; total: number }>();
  const entry = (id: number) => {
    const f = frameOf(id);
    let e = stats.get(f.key);
    if (!e) stats.set(f.key, (e = { name: f.name, where: f.where, self: 0, total: 0 }));
    return { key: f.key, e };
  };
  let total = 0;
  let idle = 0;
  // Each sample's time is the delta to the next one. Idle time is kept apart: shares are of the busy time.
  // With a window, only the samples taken that long after the profile started (ms) count.
  let at = 0;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const us = deltas[i + 1] ?? 0;
    if (options.window && (at / 1000 < options.window.fromMs || at / 1000 > options.window.toMs)) continue;
    if (frameOf(samples[i]!).name === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    entry(samples[i]!).e.self += us;
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const { key, e } = entry(id);
      if (seen.has(key)) continue;
      seen.add(key);
      e.total += us;
    }
  }
  const shape = (f: { name: string; where: string; self: number; total: number }): HotFunction => ({
    name: f.name,
    where: f.where,
    selfMs: Math.round(f.self / 1000),
    totalMs: Math.round(f.total / 1000),
    share: Number((f.total / Math.max(1, total)).toFixed(3)),
  });
  const all = [...stats.values()];
  const ours = all.filter((f) => /^(main|shared)\//.test(f.where)).sort((a, b) => b.total - a.total).slice(0, count).map(shape);
  const self = all.sort((a, b) => b.self - a.self).slice(0, count).map(shape);
  return { busyMs: Math.round(total / 1000), idleMs: Math.round(idle / 1000), ours, self };
}
