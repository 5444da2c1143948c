import { describe, expect, it } from 'vitest';
import { GUESS_POLICIES, GuessGuard, type GuessPolicy, type GuessVerdict } from './throttle.ts';

const POLICY: GuessPolicy = {
  perAddress: { failures: 3, windowMs: 60_000 },
  global: { free: 5, windowMs: 600_000, firstDelayMs: 1_000, maxDelayMs: 8_000 },
};

/** One step of a script: at `t` ms, `address` tries; `outcome` is what its secret turns out to be. */
interface Step {
  t: number;
  address: string;
  outcome: 'wrong' | 'right';
  expect: 'admitted' | 'address' | 'room';
  scope?: string;
}

function play(steps: Step[], policy = POLICY) {
  let now = 0;
  const guard = new GuessGuard(policy, () => now);
  return steps.map((step) => {
    now = step.t;
    const verdict: GuessVerdict = guard.attempt(step.scope ?? '', step.address);
    if (verdict.ok) {
      if (step.outcome === 'right') verdict.attempt.succeeded();
      else verdict.attempt.failed();
    }
    return verdict.ok ? 'admitted' : verdict.scope;
  });
}

const wrong = (t: number, address: string, expect: Step['expect'], scope?: string): Step => ({ t, address, outcome: 'wrong', expect, scope });
const right = (t: number, address: string, expect: Step['expect']): Step => ({ t, address, outcome: 'right', expect });

describe('the guessing guard', () => {
  it.each<[string, Step[]]>([
    [
      'one address: three wrong guesses a minute, then it waits for the window',
      [wrong(0, 'a', 'admitted'), wrong(1, 'a', 'admitted'), wrong(2, 'a', 'admitted'), wrong(3, 'a', 'address'), wrong(60_001, 'a', 'admitted')],
    ],
    [
      'another address is not held up by the first one',
      [wrong(0, 'a', 'admitted'), wrong(1, 'a', 'admitted'), wrong(2, 'a', 'admitted'), wrong(3, 'a', 'address'), wrong(4, 'b', 'admitted')],
    ],
    [
      'spread over addresses: five wrong guesses in the room go through, the sixth waits a second',
      [
        wrong(0, 'a', 'admitted'),
        wrong(0, 'b', 'admitted'),
        wrong(0, 'c', 'admitted'),
        wrong(0, 'd', 'admitted'),
        wrong(0, 'e', 'admitted'),
        wrong(1, 'f', 'room'),
        wrong(999, 'g', 'room'),
        wrong(1_000, 'h', 'admitted'),
      ],
    ],
    [
      'the spacing doubles with each further wrong guess, up to its ceiling',
      [
        ...['a', 'b', 'c', 'd', 'e'].map((a) => wrong(0, a, 'admitted')),
        wrong(1_000, 'f', 'admitted'), // 1 s after the last
        wrong(2_999, 'g', 'room'), // now 2 s are needed
        wrong(3_000, 'g', 'admitted'),
        wrong(6_999, 'h', 'room'), // 4 s
        wrong(7_000, 'h', 'admitted'),
        wrong(15_000, 'i', 'admitted'), // 8 s
        wrong(22_999, 'j', 'room'), // still 8 s: the ceiling
        wrong(23_000, 'j', 'admitted'),
      ],
    ],
    [
      'a right secret takes its count back: the room and the address keep their budget',
      [
        right(0, 'a', 'admitted'),
        right(1, 'a', 'admitted'),
        right(2, 'a', 'admitted'),
        right(3, 'a', 'admitted'),
        ...['a', 'a', 'a'].map((a, i) => wrong(10 + i, a, 'admitted')),
        wrong(20, 'a', 'address'),
      ],
    ],
    [
      'wrong guesses leave the room window after ten minutes',
      [...['a', 'b', 'c', 'd', 'e'].map((a) => wrong(0, a, 'admitted')), wrong(1, 'f', 'room'), wrong(600_001, 'f', 'admitted'), wrong(600_002, 'g', 'admitted')],
    ],
    [
      'scopes have their own room budget (badges: one per meeting)',
      [...['a', 'b', 'c', 'd', 'e'].map((a) => wrong(0, a, 'admitted', 'm1')), wrong(1, 'f', 'room', 'm1'), wrong(1, 'f', 'admitted', 'm2')],
    ],
  ])('%s', (_name, steps) => {
    expect(play(steps)).toEqual(steps.map((s) => s.expect));
  });

  it('counts an attempt before its secret is checked, so a burst of concurrent attempts cannot race past the budget', () => {
    const guard = new GuessGuard(POLICY, () => 0);
    // 200 attempts at once from 200 addresses, none settled yet (their hashes are still being computed).
    const verdicts = Array.from({ length: 200 }, (_, i) => guard.attempt('', `10.0.${i >> 8}.${i & 255}`));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(POLICY.global.free);
    expect(verdicts.filter((v) => !v.ok && v.scope === 'room')).toHaveLength(200 - POLICY.global.free);
  });

  it('says how long to wait', () => {
    let now = 0;
    const guard = new GuessGuard(POLICY, () => now);
    for (const a of ['a', 'a', 'a']) guard.attempt('', a);
    now = 10_000;
    expect(guard.attempt('', 'a')).toEqual({ ok: false, scope: 'address', retryAfterMs: 50_000 });
    for (const a of ['b', 'c']) guard.attempt('', a);
    now = 10_250;
    expect(guard.attempt('', 'd')).toEqual({ ok: false, scope: 'room', retryAfterMs: 750 });
  });

  it('forgets addresses whose window has passed, however many guessed', () => {
    let now = 0;
    const guard = new GuessGuard(GUESS_POLICIES.badge, () => now);
    for (let i = 0; i < 6_000; i++) guard.attempt(`m${i}`, `a${i}`);
    now = 2 * 3_600_000;
    guard.attempt('x', 'y');
    const sizes = guard as unknown as { addresses: Map<string, unknown>; rooms: Map<string, unknown> };
    expect(sizes.addresses.size).toBeLessThan(10);
    expect(sizes.rooms.size).toBeLessThan(10);
  });

  it('keeps the pairing code hopeless to guess once the free budget is spent: at most about 30 wrong codes an hour', () => {
    // 30 an hour is 720 a day: against a million codes, under one chance in a thousand a day.
    let now = 0;
    const guard = new GuessGuard(GUESS_POLICIES.pairing, () => now);
    let admitted = 0;
    // A guess every 100 ms from a new address each time, for two hours; count the second hour.
    for (let t = 0; t < 2 * 3_600_000; t += 100) {
      now = t;
      const v = guard.attempt('', `a${t}`);
      if (v.ok) {
        v.attempt.failed();
        if (t >= 3_600_000) admitted++;
      }
    }
    expect(admitted).toBeLessThanOrEqual(40);
  });
});
