import { describe, expect, it } from 'vitest';
import { type CoalescerClock, createCoalescer } from './coalescer.ts';

/** A clock the test moves by hand; timers fire when it passes them. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const clock: CoalescerClock = {
    now: () => now,
    after(ms, fn) {
      const timer = { at: now + Math.max(0, ms), fn, cancelled: false };
      timers.push(timer);
      return { cancel: () => void (timer.cancelled = true) };
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => !t.cancelled && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      now = next.at;
      timers = timers.filter((t) => t !== next);
      next.fn();
    }
    now = until;
  };
  return { clock, advance };
}

function setUp(windowMs = 250) {
  const { clock, advance } = fakeClock();
  const sent: { key: string; items: number[]; at: number }[] = [];
  const coalescer = createCoalescer<string, number, number[]>({
    windowMs,
    start: (item) => [item],
    merge: (held, item) => void held.push(item),
    flush: (key, items) => sent.push({ key, items, at: clock.now() }),
    onError: (error) => {
      throw error;
    },
    clock,
  });
  return { coalescer, advance, sent };
}

describe('pushes merged per window', () => {
  it('sends a lone item on the next turn, not at once', () => {
    const { coalescer, advance, sent } = setUp();
    coalescer.add('m', 1);
    expect(sent).toEqual([]);
    advance(0);
    expect(sent).toEqual([{ key: 'm', items: [1], at: 0 }]);
  });

  it('merges a burst into one push per window after the first', () => {
    const { coalescer, advance, sent } = setUp();
    coalescer.add('m', 0);
    advance(0);
    // 1,000 items over two seconds, one every 2 ms.
    for (let i = 1; i <= 1000; i++) {
      coalescer.add('m', i);
      advance(2);
    }
    advance(1000);
    expect(sent.flatMap((s) => s.items)).toEqual(Array.from({ length: 1001 }, (_, i) => i));
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
    expect(sent.length).toBeLessThanOrEqual(10);
  });

  it('keeps keys apart: one meeting busy does not hold another back', () => {
    const { coalescer, advance, sent } = setUp();
    coalescer.add('busy', 1);
    advance(0);
    coalescer.add('busy', 2);
    coalescer.add('quiet', 1);
    advance(0);
    expect(sent.map((s) => s.key)).toEqual(['busy', 'quiet']);
    advance(250);
    expect(sent.map((s) => s.key)).toEqual(['busy', 'quiet', 'busy']);
  });

  it('sends an item added soon on the next turn, with what was held, whatever the window', () => {
    const { coalescer, advance, sent } = setUp();
    coalescer.add('m', 1);
    advance(0);
    coalescer.add('m', 2);
    advance(10);
    coalescer.add('m', 3, true);
    advance(0);
    expect(sent.map((s) => s.items)).toEqual([[1], [2, 3]]);
    coalescer.add('m', 4, true);
    advance(0);
    expect(sent.map((s) => s.items)).toEqual([[1], [2, 3], [4]]);
  });

  it('sends what it holds when asked, and nothing after stop', () => {
    const { coalescer, advance, sent } = setUp();
    coalescer.add('m', 1);
    coalescer.flushAll();
    expect(sent).toHaveLength(1);
    coalescer.add('m', 2);
    coalescer.stop();
    advance(1000);
    expect(sent).toHaveLength(1);
  });

  it('goes on after a flush that threw', () => {
    const { clock, advance } = fakeClock();
    const errors: unknown[] = [];
    let calls = 0;
    const coalescer = createCoalescer<string, number, number>({
      windowMs: 100,
      start: (n) => n,
      merge: () => {},
      flush: () => {
        calls++;
        if (calls === 1) throw new Error('socket gone');
      },
      onError: (error) => errors.push(error),
      clock,
    });
    coalescer.add('m', 1);
    advance(0);
    coalescer.add('m', 2);
    advance(100);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
