import { describe, expect, it } from 'vitest';
import type { ElectionCount } from './count.ts';
import { decideElection } from './decide.ts';
import { nextRound } from './next-round.ts';
import type { ElectionSetup } from './setup.ts';

const round1 = (seats: number, candidates: string[]): ElectionSetup => ({ round: 1, seats, candidates, base: 'convened' });
const count = (valid: number, votes: Record<string, number>): ElectionCount => ({ valid, invalid: 0, blank: 0, votes });

describe('the further round', () => {
  it.each<[string, ElectionSetup, ElectionCount, ElectionSetup | null]>([
    ['every seat filled: none', round1(2, ['a', 'b', 'c']), count(11, { a: 9, b: 8, c: 2 }), null],
    [
      'a tie at the cut-off: the tied candidates, for the seats they tied for',
      round1(2, ['a', 'b', 'c', 'd']),
      count(11, { a: 9, b: 7, c: 7, d: 1 }),
      { round: 2, seats: 1, candidates: ['b', 'c'], base: 'convened' },
    ],
    [
      'seats left unfilled: every candidate not elected, for the seats left',
      round1(3, ['a', 'b', 'c', 'd']),
      count(11, { a: 8, b: 5, c: 4, d: 3 }),
      { round: 2, seats: 2, candidates: ['b', 'c', 'd'], base: 'convened' },
    ],
    [
      'nobody elected: the whole list again',
      round1(1, ['a', 'b']),
      count(10, { a: 5, b: 5 }),
      { round: 2, seats: 1, candidates: ['a', 'b'], base: 'convened' },
    ],
  ])('%s', (_, setup, votes, expected) => {
    expect(nextRound(setup, decideElection(setup, votes, { convened: 11 }))).toEqual(expected);
  });

  it('a tie in round 2 leads to round 3, and the rounds add up to the seats', () => {
    const first = round1(3, ['a', 'b', 'c', 'd']);
    const r1 = decideElection(first, count(11, { a: 9, b: 6, c: 6, d: 6 }), { convened: 11 });
    expect(r1.elected).toEqual(['a']);
    const second = nextRound(first, r1)!;
    expect(second).toEqual({ round: 2, seats: 2, candidates: ['b', 'c', 'd'], base: 'convened' });
    const r2 = decideElection(second, count(11, { b: 9, c: 7, d: 7 }), { convened: 11 });
    const third = nextRound(second, r2)!;
    expect(third).toEqual({ round: 3, seats: 1, candidates: ['c', 'd'], base: 'convened' });
    const r3 = decideElection(third, count(11, { c: 6, d: 5 }), { convened: 11 });
    expect(nextRound(third, r3)).toBeNull();
    expect([...r1.elected, ...r2.elected, ...r3.elected]).toEqual(['a', 'b', 'c']);
  });
});
