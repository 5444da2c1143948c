import { describe, expect, it } from 'vitest';
import { describeEvent, restartDelay, supervise, type ChildExit, type Clock, type SupervisedChild, type SupervisorEvent } from './supervisor.ts';

/** A clock whose time moves only when the test says. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  return {
    clock,
    pending: () => [...timers.values()].map((t) => t.at - now),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
  };
}

function fakeChild() {
  let end!: (exit: ChildExit) => void;
  const child = {
    exited: new Promise<ChildExit>((resolve) => (end = resolve)),
    stops: 0,
    kills: 0,
    stop() {
      child.stops += 1;
    },
    kill() {
      child.kills += 1;
    },
    exit: (code: number | null, signal: string | null = null) => end({ code, signal }),
  };
  return child satisfies SupervisedChild;
}

function setup(policy = {}) {
  const time = fakeClock();
  const children: ReturnType<typeof fakeChild>[] = [];
  const events: SupervisorEvent[] = [];
  const supervisor = supervise({
    spawn: () => {
      const child = fakeChild();
      children.push(child);
      return child;
    },
    clock: time.clock,
    policy: { firstDelayMs: 1000, maxDelayMs: 8000, maxCrashes: 3, windowMs: 60_000, stopTimeoutMs: 5000, ...policy },
    onEvent: (event) => events.push(event),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { time, children, events, supervisor, settle, last: () => children.at(-1)! };
}

describe('restartDelay', () => {
  it('doubles from the first delay up to the maximum', () => {
    const policy = { firstDelayMs: 1000, maxDelayMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 100].map((n) => restartDelay(n, policy))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('supervise', () => {
  it('restarts a crashed child with growing pauses, and gives up after too many crashes in the window', async () => {
    const t = setup();
    t.supervisor.ready();
    const pauses: number[] = [];
    for (let n = 1; n <= 3; n++) {
      t.last().exit(1);
      await t.settle();
      pauses.push(...t.time.pending());
      t.time.advance(t.time.pending()[0]!);
      expect(t.children).toHaveLength(n + 1);
    }
    expect(pauses).toEqual([1000, 2000, 4000]);
    t.last().exit(null, 'SIGKILL');
    await expect(t.supervisor.done).resolves.toEqual({ kind: 'gave-up', exit: { code: null, signal: 'SIGKILL' }, crashes: 4 });
    expect(t.children).toHaveLength(4);
    expect(describeEvent(t.events.find((e) => e.type === 'crashed')!)).toBe('hub crashed (exit code 1, signal none); restarting in 1 s');
    expect(describeEvent(t.events.at(-1)!)).toMatch(/^hub crashed 4 times within 60 s \(last: exit code none, signal SIGKILL\); giving up/);
  });

  it('forgets crashes older than the window, so a hub that crashes rarely is always restarted quickly', async () => {
    const t = setup();
    t.supervisor.ready();
    for (let n = 1; n <= 6; n++) {
      t.last().exit(1);
      await t.settle();
      expect(t.time.pending()).toEqual([1000]);
      t.time.advance(61_000);
    }
    expect(t.children).toHaveLength(7);
  });

  it('does not restart a first child that never came up: a setup problem', async () => {
    const t = setup();
    t.last().exit(1);
    await expect(t.supervisor.done).resolves.toEqual({ kind: 'failed-to-start', exit: { code: 1, signal: null } });
    expect(t.time.pending()).toEqual([]);
  });

  it('restarts a later child even if it dies before it is ready (a crash loop ends by giving up)', async () => {
    const t = setup({ maxCrashes: 1 });
    t.supervisor.ready();
    t.last().exit(1);
    await t.settle();
    t.time.advance(1000);
    t.last().exit(1);
    await expect(t.supervisor.done).resolves.toMatchObject({ kind: 'gave-up', crashes: 2 });
  });

  it('forwards a stop, does not restart after it, and kills a child that does not stop in time', async () => {
    const t = setup();
    t.supervisor.ready();
    t.supervisor.stop();
    t.supervisor.stop();
    expect(t.last().stops).toBe(1);
    t.time.advance(4999);
    expect(t.last().kills).toBe(0);
    t.time.advance(1);
    expect(t.last().kills).toBe(1);
    await expect(t.supervisor.done).resolves.toEqual({ kind: 'stopped', exit: { code: null, signal: 'SIGKILL' } });
    expect(t.events.at(-1)).toEqual({ type: 'killed', afterMs: 5000 });
  });

  it('ends cleanly when the child stops as asked, whatever its exit', async () => {
    const t = setup();
    t.supervisor.ready();
    t.supervisor.stop();
    t.last().exit(null, 'SIGTERM');
    await expect(t.supervisor.done).resolves.toEqual({ kind: 'stopped', exit: { code: null, signal: 'SIGTERM' } });
    expect(t.children).toHaveLength(1);
    expect(t.time.pending()).toEqual([]);
  });

  it('takes exit code 0 as a clean stop, not a crash', async () => {
    const t = setup();
    t.supervisor.ready();
    t.last().exit(0);
    await expect(t.supervisor.done).resolves.toEqual({ kind: 'stopped', exit: { code: 0, signal: null } });
    expect(t.children).toHaveLength(1);
  });

  it('cancels a pending restart on stop', async () => {
    const t = setup();
    t.supervisor.ready();
    t.last().exit(1);
    await t.settle();
    expect(t.time.pending()).toEqual([1000]);
    t.supervisor.stop();
    t.time.advance(5000);
    expect(t.children).toHaveLength(1);
    await expect(t.supervisor.done).resolves.toMatchObject({ kind: 'stopped' });
  });

  it('ignores the exit of a child it no longer supervises, and survives a spawn that throws', async () => {
    const time = fakeClock();
    let calls = 0;
    const first = fakeChild();
    const supervisor = supervise({
      spawn: () => {
        calls += 1;
        if (calls === 1) return first;
        if (calls === 2) throw new Error('EAGAIN');
        return fakeChild();
      },
      clock: time.clock,
      policy: { firstDelayMs: 10, maxCrashes: 5 },
    });
    supervisor.ready();
    first.exit(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    time.advance(10); // the second spawn throws: counted as a crash
    expect(time.pending()).toEqual([20]);
    time.advance(20);
    expect(calls).toBe(3);
    first.exit(1);
    supervisor.kill();
    await expect(supervisor.done).resolves.toMatchObject({ kind: 'stopped' });
  });
});
