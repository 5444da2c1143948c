import { describe, expect, it } from 'vitest';
import { addTallies, checkPaperSums, tallyBallots, votesCast, type Answer, type Tally } from './tally.ts';

const t = (yes: number, no: number, abstain: number): Tally => ({ yes, no, abstain });

describe('tally', () => {
  it.each<[string, Answer[], Tally[], Tally]>([
    ['no ballots at all', [], [], t(0, 0, 0)],
    ['tablet ballots', ['yes', 'no', 'yes', 'abstain'], [], t(2, 1, 1)],
    ['everyone abstaining', ['abstain', 'abstain', 'abstain'], [], t(0, 0, 3)],
    ['tablet and named paper ballots together, plus a secret paper count', ['yes', 'yes', 'no'], [t(3, 1, 2)], t(5, 2, 2)],
    ['two paper counts (two counting tables)', [], [t(1, 0, 0), t(0, 2, 1)], t(1, 2, 1)],
  ])('%s', (_, ballots, paper, expected) => {
    expect(tallyBallots(ballots, ...paper)).toEqual(expected);
  });

  it('adds tallies and counts votes cast with abstentions', () => {
    expect(addTallies()).toEqual(t(0, 0, 0));
    expect(votesCast(addTallies(t(1, 2, 3), t(4, 5, 6)))).toBe(21);
  });

  it.each<[string, Tally, number, boolean]>([
    ['the counts add up to the delegates marked on paper', t(3, 1, 1), 5, true],
    ['one ballot more than marked', t(3, 2, 1), 5, false],
    ['one ballot fewer than marked', t(3, 0, 1), 5, false],
    ['no paper voters, no paper ballots', t(0, 0, 0), 0, true],
    ['a negative count is a typing error', t(6, -1, 0), 5, false],
    ['a fractional count is a typing error', t(2.5, 2.5, 0), 5, false],
  ])('paper sums: %s', (_, paper, marked, ok) => {
    expect(checkPaperSums(paper, marked)).toMatchObject({ ok, marked });
  });
});
