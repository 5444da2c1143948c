// A child for bounded-child.test.ts: does what the test asks, so each limit can be seen to hold.
import { serveChild } from './child-side.ts';

export type FixtureJob =
  | { do: 'echo'; value: unknown }
  | { do: 'buffers'; mb: number }
  | { do: 'heap' }
  | { do: 'spin' }
  | { do: 'exit' }
  | { do: 'steps'; steps: number; stepMs: number }
  | { do: 'started'; holdMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

serveChild<FixtureJob, unknown, number>(
  async (job, progress) => {
    switch (job.do) {
      case 'echo':
        return job.value;
      case 'buffers': {
        // Outside the V8 heap, in one synchronous run: only the watchdog thread can stop it.
        const held: Buffer[] = [];
        for (let i = 0; i < job.mb; i++) held.push(Buffer.alloc(1024 * 1024, 1));
        return held.length;
      }
      case 'heap': {
        const held: number[][] = [];
        for (;;) held.push(Array.from({ length: 10_000 }, Math.random));
      }
      case 'spin':
        for (;;);
      case 'exit':
        process.exit(3);
      // eslint-disable-next-line no-fallthrough
      case 'steps':
        for (let i = 1; i <= job.steps; i++) {
          progress(i);
          await sleep(job.stepMs);
        }
        return 'done';
      case 'started': {
        const at = Date.now();
        await sleep(job.holdMs);
        return at;
      }
    }
  },
  (error) => `failed: ${String(error)}`,
);
