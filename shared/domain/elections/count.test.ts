import { describe, expect, it } from 'vitest';
import type { ElectionBallot } from './ballot.ts';
import { checkPaperElectionCount, countElection, type ElectionCount, type PaperCountIssue } from './count.ts';

const SETUP = { seats: 2, candidates: ['an', 'binh', 'chi'] };
const ballot = (...kept: string[]): ElectionBallot => Object.fromEntries(SETUP.candidates.map((id) => [id, kept.includes(id) ? 'keep' : 'strike']));
const count = (valid: number, invalid: number, blank: number, an: number, binh: number, chi: number): ElectionCount => ({
  valid,
  invalid,
  blank,
  votes: { an, binh, chi },
});

describe('counting an election round', () => {
  it.each<[string, ElectionBallot[], ElectionCount[], ElectionCount]>([
    ['no ballots', [], [], count(0, 0, 0, 0, 0, 0)],
    [
      'valid, invalid and blank ballots counted apart; only valid ones give votes',
      [ballot('an', 'binh'), ballot('an'), ballot('an', 'binh', 'chi'), ballot(), { an: 'keep' }],
      [],
      count(2, 2, 1, 2, 1, 0),
    ],
    ['everyone striking every name', [ballot(), ballot(), ballot()], [], count(0, 0, 3, 0, 0, 0)],
    ['tablet ballots and a secret paper count together', [ballot('chi')], [count(3, 1, 0, 2, 2, 1)], count(4, 1, 0, 2, 2, 2)],
  ])('%s', (_, ballots, paper, expected) => {
    expect(countElection(SETUP, ballots, ...paper)).toEqual(expected);
  });

  it.each<[string, ElectionCount, number, PaperCountIssue[]]>([
    ['a count that can be true', count(4, 1, 1, 3, 3, 2), 6, []],
    ['ballots not equal to the delegates marked on paper', count(4, 1, 1, 3, 3, 2), 7, ['ballotsNotMarked']],
    ['a candidate with more votes than valid ballots', count(2, 0, 0, 3, 0, 1), 2, ['votesOverValid']],
    ['more votes than N per valid ballot', count(2, 0, 0, 2, 2, 1), 2, ['votesOutOfRange']],
    ['fewer votes than one per valid ballot (a valid ballot keeps a name)', count(3, 0, 0, 1, 1, 0), 3, ['votesOutOfRange']],
    ['a negative number', count(2, -1, 0, 1, 1, 0), 1, ['notWholeNumbers']],
    ['a candidate not in the round', { valid: 1, invalid: 0, blank: 0, votes: { an: 1, dung: 0 } }, 1, ['unknownCandidate']],
  ])('a paper count: %s', (_, paper, marked, issues) => {
    expect(checkPaperElectionCount(SETUP, paper, marked)).toEqual(issues);
  });
});
