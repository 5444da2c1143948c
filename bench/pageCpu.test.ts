import { describe, expect, it } from 'vitest';
import { FRAME_MARK, framesCpu } from './pageCpu.ts';

const mark = (ts: number, tid = 1) => ({ name: FRAME_MARK, cat: 'blink.user_timing', ph: 'R', pid: 7, tid, ts });
const task = (ts: number, dur: number, tdur: number | undefined, tid = 1) => ({ name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 7, tid, ts, dur, tdur });

describe("a page's CPU per frame, from a trace", () => {
  it('sums the CPU time of the tasks between two frames, not the time on the wall', () => {
    const figures = framesCpu([
      mark(0),
      task(1_000, 90_000, 20_000),
      task(95_000, 4_000, 3_000),
      mark(100_000),
      task(101_000, 150_000, 60_000),
      mark(260_000),
    ]);
    expect(figures).toEqual({ longestFrameCpuMs: 60, totalCpuMs: 83, frames: 2 });
  });

  it("counts only the marking thread's outermost tasks, within the marks", () => {
    const figures = framesCpu([
      task(-5_000, 1_000, 1_000),
      mark(0),
      task(1_000, 10_000, 8_000),
      task(2_000, 1_000, 1_000), // inside the one before
      task(3_000, 50_000, 50_000, 2), // another thread
      mark(20_000),
      task(30_000, 1_000, 1_000), // after the last mark
    ]);
    expect(figures).toEqual({ longestFrameCpuMs: 8, totalCpuMs: 8, frames: 1 });
  });

  it('takes the time on the wall where the trace has no CPU time, and nothing without two frames', () => {
    expect(framesCpu([mark(0), task(1_000, 7_000, undefined), mark(10_000)]).longestFrameCpuMs).toBe(7);
    expect(framesCpu([mark(0), task(1_000, 7_000, 7_000)])).toEqual({ longestFrameCpuMs: 0, totalCpuMs: 0, frames: 0 });
  });
});
