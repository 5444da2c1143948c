import { describe, expect, it } from 'vitest';
import { closableAt, formatSeconds, secondsUntil } from './clock.ts';

describe('countdown', () => {
  const now = Date.parse('2026-11-23T01:00:00.000Z');
  it.each([
    [null, null],
    ['2026-11-23T01:01:00.000Z', 60],
    ['2026-11-23T01:00:00.400Z', 1],
    ['2026-11-23T01:00:00.000Z', 0],
    ['2026-11-23T00:59:00.000Z', 0],
  ] as const)('until %s: %s s', (at, left) => expect(secondsUntil(at, now)).toBe(left));

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [720, '12:00'],
    [3723, '1:02:03'],
    [-3, '0:00'],
  ])('%s s reads %s', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));

  it('may close after the minimum duration', () => {
    expect(closableAt('2026-11-23T01:00:00.000Z', 90)).toBe('2026-11-23T01:01:30.000Z');
    expect(closableAt('2026-11-23T01:00:00.000Z', null)).toBeNull();
    expect(closableAt(null, 90)).toBeNull();
  });
});
