import { describe, expect, it } from 'vitest';
import { checkElectionSetup, PARTY_MAX_SURPLUS_PERCENT, surplusWithin, type ElectionSetup, type SetupIssue } from './setup.ts';

const setup = (seats: number, candidates: string[], round = 1): ElectionSetup => ({ round, seats, candidates, base: 'convened' });
const names = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`);

describe('an election round\'s setup', () => {
  it.each<[string, ElectionSetup, SetupIssue[]]>([
    ['3 seats, 4 candidates', setup(3, names(4)), []],
    ['no surplus: as many candidates as seats', setup(3, names(3)), []],
    ['no seats', setup(0, names(2)), ['badSeats']],
    ['a fractional number of seats', setup(1.5, names(2)), ['badSeats']],
    ['round 0', setup(1, names(2), 0), ['badRound']],
    ['no candidates', setup(1, []), ['noCandidates']],
    ['a candidate twice', setup(1, ['a', 'b', 'a']), ['duplicateCandidate']],
    ['fewer candidates than seats', setup(3, names(2)), ['fewerCandidatesThanSeats']],
  ])('%s', (_, round, issues) => {
    expect(checkElectionSetup(round)).toEqual(issues);
  });

  it.each<[number, number, boolean]>([
    // seats, candidates -> within 30%
    [10, 13, true],
    [10, 14, false],
    [9, 11, true], // 2 over 9 is 22%
    [9, 12, false], // 3 over 9 is 33%
    [3, 3, true],
    [30, 39, true],
  ])('the Party\'s surplus cap: %i seats, %i candidates -> %s', (seats, candidates, within) => {
    expect(surplusWithin(setup(seats, names(candidates)), PARTY_MAX_SURPLUS_PERCENT)).toBe(within);
  });
});
