import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_CHILDREN, runBounded, type ChildLimits } from './bounded-child.ts';
import type { FixtureJob } from './bounded-child.fixture.ts';

const SCRIPT = fileURLToPath(new URL('./bounded-child.fixture.ts', import.meta.url));
const LIMITS: ChildLimits = { maxHeapMb: 128, maxRssMb: 256, timeoutMs: 20_000 };
const run = (job: FixtureJob, limits: Partial<ChildLimits> = {}, onProgress?: Parameters<typeof runBounded<unknown, number>>[0]['onProgress']) =>
  runBounded<unknown, number>({ script: SCRIPT, input: job, limits: { ...LIMITS, ...limits }, ...(onProgress ? { onProgress } : {}) });

describe('a bounded child process', () => {
  it('answers its result; bytes travel as bytes', async () => {
    const end = await run({ do: 'echo', value: { text: 'Nguyễn', bytes: Buffer.from([1, 2, 3]) } });
    expect(end).toEqual({ ok: true, value: { text: 'Nguyễn', bytes: Buffer.from([1, 2, 3]) } });
  });

  it('is stopped by its watchdog when its memory outside the heap passes the limit', async () => {
    expect(await run({ do: 'buffers', mb: 1024 }, { maxRssMb: 200 })).toEqual({ ok: false, limit: 'rss' });
    // Under the limit it finishes.
    expect(await run({ do: 'buffers', mb: 20 }, { maxRssMb: 400 })).toEqual({ ok: true, value: 20 });
  }, 30_000);

  it('runs out of heap at its heap limit', async () => {
    expect(await run({ do: 'heap' }, { maxHeapMb: 64, maxRssMb: null })).toEqual({ ok: false, limit: 'heap' });
  }, 30_000);

  it('is stopped at its time limit even when its thread never yields', async () => {
    const started = Date.now();
    expect(await run({ do: 'spin' }, { timeoutMs: 500 })).toEqual({ ok: false, limit: 'time', deadline: 'total' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says so when it stops without an answer', async () => {
    expect(await run({ do: 'exit' })).toEqual({ ok: false, limit: null, detail: 'the checker stopped before it finished' });
  });

  it('keeps the deadlines its progress sets: a step that takes too long stops it', async () => {
    const steps: number[] = [];
    const perStep = (step: number, deadlines: { set(name: string, ms: number): void }) => {
      steps.push(step);
      deadlines.set('step', 400);
    };
    expect(await run({ do: 'steps', steps: 4, stepMs: 20 }, {}, perStep)).toEqual({ ok: true, value: 'done' });
    expect(steps).toEqual([1, 2, 3, 4]);
    expect(await run({ do: 'steps', steps: 3, stepMs: 1_000 }, {}, perStep)).toEqual({ ok: false, limit: 'time', deadline: 'step' });
  }, 30_000);

  it(`runs at most ${MAX_CHILDREN} at once; the others wait their turn`, async () => {
    const holdMs = 700;
    const ends = await Promise.all(Array.from({ length: MAX_CHILDREN + 1 }, () => run({ do: 'started', holdMs })));
    const starts = ends.map((end) => (end.ok ? (end.value as number) : Number.NaN)).sort((a, b) => a - b);
    expect(starts.every(Number.isFinite)).toBe(true);
    // The last one started only after one of the first ones had finished holding.
    expect(starts[MAX_CHILDREN]! - starts[0]!).toBeGreaterThanOrEqual(holdMs);
  }, 30_000);
});
