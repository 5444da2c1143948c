import { describe, expect, it } from 'vitest';
import { closesAt, requireInTime, requireMayClose } from './vote-gate.ts';

const opened = new Date('2026-11-23T08:00:00.000Z');
const at = (seconds: number) => new Date(opened.getTime() + seconds * 1000);

describe('a vote\'s timing', () => {
  it('ends the countdown after its duration, or never without one', () => {
    expect(closesAt(opened, 90)).toBe('2026-11-23T08:01:30.000Z');
    expect(closesAt(opened, null)).toBeNull();
  });

  it.each([
    [89, true],
    [90, true],
    [91, false],
  ])('takes a cast %i s after the open of a 90 s vote: %s', (seconds, taken) => {
    const check = () => requireInTime(at(seconds), closesAt(opened, 90));
    if (taken) expect(check).not.toThrow();
    else expect(check).toThrow(/time for this vote is over/);
  });

  it.each([
    [29, '1 s left'],
    [0, '30 s left'],
  ])('refuses a close %i s after the open of a vote of at least 30 s (%s)', (seconds, left) => {
    expect(() => requireMayClose(at(seconds), opened.toISOString(), 30)).toThrow(left);
  });

  it('closes at the minimum, and at any time without one', () => {
    expect(() => requireMayClose(at(30), opened.toISOString(), 30)).not.toThrow();
    expect(() => requireMayClose(at(1), opened.toISOString(), null)).not.toThrow();
  });
});
