import { describe, expect, it } from 'vitest';
import { clip, clipFields, CLIENT_TEXT_MAX, LOG_STRING_MAX, LogLimiter, STACK_MAX } from './log-safe.ts';

describe('clip', () => {
  it('leaves short text alone and cuts long text, saying how much was cut', () => {
    expect(clip('meeting.open')).toBe('meeting.open');
    const cut = clip('x'.repeat(900_000));
    expect(cut.length).toBeLessThan(CLIENT_TEXT_MAX + 30);
    expect(cut).toMatch(/…\(\+899880 chars\)$/);
    expect(clip(12345)).toBe('12345');
    expect(clip(undefined)).toBe('undefined');
  });
});

describe('clipFields', () => {
  it('bounds every string, key, depth and width of a log line', () => {
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const line = clipFields({
      event: 'e'.repeat(1_000_000),
      nested: { a: { b: { c: { d: { e: 'deep' } } } } },
      list: Array.from({ length: 10_000 }, () => 'y'.repeat(10_000)),
      wide,
      ['k'.repeat(10_000)]: 1,
    });
    const text = JSON.stringify(line);
    expect(text.length).toBeLessThan(200_000);
    expect(text).toContain('[nested too deep]');
  });

  it('keeps an error’s type, message and a bounded stack', () => {
    const error = new TypeError('boom');
    error.stack = `TypeError: boom\n${'    at x (file.ts:1:1)\n'.repeat(2000)}`;
    const out = clipFields({ err: error }) as { err: { type: string; message: string; stack: string } };
    expect(out.err.type).toBe('TypeError');
    expect(out.err.message).toBe('boom');
    expect(out.err.stack.length).toBeLessThan(STACK_MAX + 30);
    expect((clipFields({ err: new Error('m'.repeat(LOG_STRING_MAX * 3)) }) as { err: { message: string } }).err.message.length).toBeLessThan(LOG_STRING_MAX + 30);
  });

  it('passes numbers, booleans and null through', () => {
    expect(clipFields({ n: 1, b: true, z: null })).toEqual({ n: 1, b: true, z: null });
  });
});

describe('LogLimiter', () => {
  it('lets a burst through per window, then counts, and reports the count with the next line', () => {
    let now = 0;
    const limiter = new LogLimiter({ burst: 3, windowMs: 1000, now: () => now });
    const taken = Array.from({ length: 10 }, () => limiter.take('a'));
    expect(taken.slice(0, 4)).toEqual([{ suppressed: 0 }, { suppressed: 0 }, { suppressed: 0, muted: true }, null]);
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(limiter.take('b')).toEqual({ suppressed: 0 });
    now = 1000;
    expect(limiter.take('a')).toEqual({ suppressed: 7 });
  });

  it('tracks a bounded number of keys; a flood of new ones shares one budget', () => {
    const limiter = new LogLimiter({ burst: 2, windowMs: 60_000, maxKeys: 10, now: () => 0 });
    const taken = Array.from({ length: 1000 }, (_, i) => limiter.take(`client-${i}`)).filter(Boolean);
    expect(taken.length).toBeLessThanOrEqual(12);
  });
});
