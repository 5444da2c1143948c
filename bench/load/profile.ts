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
  /** For our functions: the function of ours that called it (the path the time came by). */
  via: string | null;
  ms: number;
  /** ms over the busy time of the profile (or of its window). */
  share: number;
}

/**
 * The newest profile of a main thread in `dir`, or null. Node names them CPU.<date>.<time>.<pid>.<thread>.<n>:
 * thread 0 is the main thread (the hub's logging thread writes one too).
 */
export function newestProfile(dir: string): string | null {
  const files = readdirSync(dir).filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f)).sort();
  return files.length > 0 ? join(dir, files.at(-1)!) : null;
}

const ROOT = join(import.meta.dirname, '../..');

const OURS = /^(main|shared)\//;

/**
 * Where the hub's time went, two ways: each sample charged to the innermost function of this project (main/,
 * shared/) on its stack, so that SQLite, Socket.IO or zod time counts for the function of ours that called them
 * (`getDelegate` via `readerOf`); and the biggest self times of anything (the garbage collector among them).
 * `window` limits it to a phase: ms after the profile started (the hub process's start, give or take Node's own).
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
  const frames = new Map<number, { name: string; where: string }>();
  const frameOf = (id: number) => {
    let f = frames.get(id);
    if (!f) {
      const frame = byNode.get(id)!.callFrame;
      const path = frame.url.startsWith('file://') ? relative(ROOT, new URL(frame.url).pathname) : frame.url;
      f = { name: frame.functionName || '(anonymous)', where: path ? `${path}:${frame.lineNumber + 1}` : '' };
      frames.set(id, f);
    }
    return f;
  };
  /** The innermost node of ours at or above `id`, and the next one of ours above it. */
  const oursOf = (id: number): { at: number; via: number | undefined } | null => {
    let at: number | undefined = id;
    while (at !== undefined && !OURS.test(frameOf(at).where)) at = parent.get(at);
    if (at === undefined) return null;
    let via = parent.get(at);
    while (via !== undefined && !OURS.test(frameOf(via).where)) via = parent.get(via);
    return { at, via };
  };
  const charged = new Map<string, { name: string; where: string; via: string | null; us: number }>();
  const selfTime = new Map<string, { name: string; where: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  let idle = 0;
  // Each sample's time is the delta to the next one; idle time is kept apart (shares are of the busy time).
  let at = 0;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const us = deltas[i + 1] ?? 0;
    if (options.window && (at / 1000 < options.window.fromMs || at / 1000 > options.window.toMs)) continue;
    const leaf = frameOf(samples[i]!);
    if (leaf.name === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const s = selfTime.get(`${leaf.name}@${leaf.where}`) ?? { ...leaf, us: 0 };
    s.us += us;
    selfTime.set(`${leaf.name}@${leaf.where}`, s);
    const own = oursOf(samples[i]!);
    if (!own) continue;
    const f = frameOf(own.at);
    const via = own.via === undefined ? null : frameOf(own.via).name;
    const key = `${f.name}@${f.where}<${via}`;
    const c = charged.get(key) ?? { ...f, via, us: 0 };
    c.us += us;
    charged.set(key, c);
  }
  const shape = (f: { name: string; where: string; via?: string | null; us: number }): HotFunction => ({
    name: f.name,
    where: f.where,
    via: f.via ?? null,
    ms: Math.round(f.us / 1000),
    share: Number((f.us / Math.max(1, busy)).toFixed(3)),
  });
  const top = <T extends { us: number }>(m: Map<string, T>) => [...m.values()].sort((x, y) => y.us - x.us).slice(0, count);
  return { busyMs: Math.round(busy / 1000), idleMs: Math.round(idle / 1000), ours: top(charged).map(shape), self: top(selfTime).map(shape) };
}
