import { describe, expect, it } from 'vitest';
import type { ElectionCount } from './count.ts';
import { decideElection, type CandidateOutcome, type ElectionTie } from './decide.ts';
import type { ElectionBase, ElectionSetup } from './setup.ts';

const IDS = ['a', 'b', 'c', 'd'];
const setup = (seats: number, n: number, base: ElectionBase = 'validBallots'): ElectionSetup => ({ round: 1, seats, candidates: IDS.slice(0, n), base });
const count = (valid: number, votes: number[], blank = 0, invalid = 0): ElectionCount => ({
  valid,
  invalid,
  blank,
  votes: Object.fromEntries(votes.map((v, i) => [IDS[i], v])),
});
/** Outcomes in ballot order: E elected, T tied, B beyond the seats, - not elected. */
const outcomes = (text: string): CandidateOutcome[] =>
  [...text].map((c) => ({ E: 'elected', T: 'tied', B: 'beyondSeats', '-': 'notElected' })[c] as CandidateOutcome);

describe('decideElection', () => {
  it.each<[string, ElectionSetup, ElectionCount, number, string, string[], ElectionTie | null, number, number, number]>([
    // setup, count, convened -> outcomes, elected, tie, seats left, base, threshold
    ['the Party example: 5 of 10 present in a body of 11 is not elected (base: convened)', setup(1, 2, 'convened'), count(9, [5, 4], 1), 11, '--', [], null, 1, 11, 6],
    ['the Party example: 6 of 11 convened is elected', setup(1, 2, 'convened'), count(10, [6, 4]), 11, 'E-', ['a'], null, 0, 11, 6],
    ['the same 5 votes are elected on the base of 9 valid ballots', setup(1, 2), count(9, [5, 4], 1), 11, 'E-', ['a'], null, 0, 9, 5],
    ['exactly half of the valid ballots is not elected', setup(1, 2), count(10, [5, 5]), 11, '--', [], null, 1, 10, 6],
    ['more candidates passing than seats: the most votes take the seats', setup(2, 4), count(10, [9, 8, 7, 1]), 12, 'EEB-', ['a', 'b'], null, 0, 10, 6],
    ['a tie at the cut-off: one seat, two level', setup(2, 4), count(10, [9, 7, 7, 1]), 12, 'ETT-', ['a'], { candidates: ['b', 'c'], votes: 7, seatsLeft: 1 }, 1, 10, 6],
    ['a tie for every seat', setup(2, 3), count(12, [7, 7, 7]), 12, 'TTT', [], { candidates: ['a', 'b', 'c'], votes: 7, seatsLeft: 2 }, 2, 12, 7],
    ['level votes above the cut-off are no tie', setup(2, 3), count(10, [8, 8, 7]), 12, 'EEB', ['a', 'b'], null, 0, 10, 6],
    ['level votes at the cut-off that fit the seats are no tie', setup(3, 4), count(10, [9, 7, 7, 2]), 12, 'EEE-', ['a', 'b', 'c'], null, 0, 10, 6],
    ['level votes below the threshold are no tie: nobody passes', setup(1, 2), count(10, [5, 5]), 12, '--', [], null, 1, 10, 6],
    ['fewer passing than seats: seats left for a further round', setup(3, 4), count(10, [8, 6, 4, 3]), 12, 'EE--', ['a', 'b'], null, 1, 10, 6],
    ['zero votes: no ballots at all', setup(2, 3), count(0, [0, 0, 0]), 12, '---', [], null, 2, 0, 1],
    ['every ballot blank, on valid ballots', setup(2, 3), count(0, [0, 0, 0], 10), 12, '---', [], null, 2, 0, 1],
    ['every ballot blank, on the convened', setup(2, 3, 'convened'), count(0, [0, 0, 0], 10), 12, '---', [], null, 2, 12, 7],
    ['invalid ballots do not count towards the valid base', setup(1, 2), count(6, [4, 2], 0, 4), 12, 'E-', ['a'], null, 0, 6, 4],
  ])('%s', (_, round, votes, convened, expected, elected, tie, seatsLeft, base, threshold) => {
    const decision = decideElection(round, votes, { convened });
    const byId = new Map(decision.candidates.map((c) => [c.id, c.outcome]));
    expect(round.candidates.map((id) => byId.get(id))).toEqual(outcomes(expected));
    expect(decision).toMatchObject({ elected, tie, seatsLeft, base, threshold, seats: round.seats, round: 1, convened });
  });

  it('lists candidates by votes, level ones in ballot order', () => {
    const decision = decideElection(setup(2, 4), count(10, [3, 9, 3, 7]), { convened: 10 });
    expect(decision.candidates.map((c) => [c.id, c.votes])).toEqual([['b', 9], ['d', 7], ['a', 3], ['c', 3]]);
    expect(decision.elected).toEqual(['b', 'd']);
  });

  it.each<[string, ElectionCount, number]>([
    ['more ballots than delegates convened', count(10, [5, 5], 2), 11],
    ['a candidate with more votes than valid ballots', count(5, [6, 0]), 11],
    ['a negative count', count(5, [-1, 3]), 11],
  ])('refuses counts that cannot be: %s', (_, votes, convened) => {
    expect(() => decideElection(setup(1, 2), votes, { convened })).toThrow(RangeError);
  });
});
