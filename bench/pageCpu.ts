// What a page's own main thread spends per frame, in CPU time, from a Chromium trace: a frame's time on the wall
// includes the time the page waited for a core, which on a loaded machine (the hub, its simulated tablets and Chromium
// sharing two cores) is most of it. The page marks each frame (`FRAME_MARK`, from its requestAnimationFrame probe); the
// trace's top-level tasks on the thread that made the marks are summed, by CPU time (`tdur`), between two marks.
import type { CDPSession } from 'playwright-core';

/** The name of the `performance.mark` the page makes at each animation frame. */
export const FRAME_MARK = 'rt-frame';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

export interface PageCpu {
  /** The most CPU the page's main thread spent between two frames. */
  longestFrameCpuMs: number;
  /** All of it over the phase. */
  totalCpuMs: number;
  frames: number;
}

/** Starts tracing top-level tasks and user-timing marks; `stop` ends it and works the figures out. */
export async function traceFrames(cdp: CDPSession): Promise<{ stop: () => Promise<PageCpu> }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: ['toplevel', 'blink.user_timing'] },
  });
  return {
    stop: async () => {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return framesCpu(events);
    },
  };
}

/** The figures from the trace's events (exported for its test). */
export function framesCpu(events: readonly TraceEvent[]): PageCpu {
  const marks = events.filter((e) => e.name === FRAME_MARK).sort((a, b) => a.ts - b.ts);
  if (marks.length < 2) return { longestFrameCpuMs: 0, totalCpuMs: 0, frames: 0 };
  const { pid, tid } = marks[0]!;
  // Top-level tasks of that thread, outermost only (one may hold another).
  const tasks = events.filter((e) => e.ph === 'X' && e.cat.includes('toplevel') && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let frame = 0;
  let spent = 0;
  let longest = 0;
  let total = 0;
  for (const task of tasks) {
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if (task.ts < marks[0]!.ts || task.ts >= marks[marks.length - 1]!.ts) continue;
    while (frame + 1 < marks.length && task.ts >= marks[frame + 1]!.ts) {
      longest = Math.max(longest, spent);
      spent = 0;
      frame++;
    }
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    spent += cpu;
    total += cpu;
  }
  longest = Math.max(longest, spent);
  return { longestFrameCpuMs: longest, totalCpuMs: total, frames: marks.length - 1 };
}
