import { describe, expect, it } from 'vitest';
import { decideMotion, type BodyCounts, type DecisionReason } from './decide.ts';
import { MAJORITY_RULE_IDS, type MajorityRuleId } from './rules.ts';
import type { Tally } from './tally.ts';

const t = (yes: number, no: number, abstain: number): Tally => ({ yes, no, abstain });
const body = (present: number, convened: number, quorumHeld = true): BodyCounts => ({ present, convened, quorumHeld });

describe('decideMotion', () => {
  it.each<[string, MajorityRuleId, Tally, BodyCounts, boolean, DecisionReason, number, number]>([
    // rule, tally, body -> passed, reason, base, threshold
    ['41 of 60 present', 'halfOfPresent', t(41, 12, 7), body(60, 65), true, 'met', 60, 31],
    ['a tie at half of present: 30 of 60 is not more than half', 'halfOfPresent', t(30, 20, 10), body(60, 65), false, 'notMet', 60, 31],
    ['a present delegate who does not vote acts as a No', 'halfOfPresent', t(30, 0, 0), body(60, 60), false, 'notMet', 60, 31],
    ['whoever voted was present, even if she left before the close', 'halfOfPresent', t(27, 25, 0), body(50, 60), true, 'met', 52, 27],
    ['a tie of Yes and No fails', 'moreYesThanNo', t(20, 20, 5), body(45, 60), false, 'notMet', 40, 21],
    ['one more Yes than No passes; abstentions are not votes cast', 'moreYesThanNo', t(21, 20, 19), body(60, 60), true, 'met', 41, 21],
    ['the same votes fail when abstentions count', 'halfOfAllVotes', t(21, 20, 19), body(60, 60), false, 'notMet', 60, 31],
    ['more than half of all votes cast', 'halfOfAllVotes', t(31, 20, 9), body(60, 60), true, 'met', 60, 31],
    ['everyone abstaining: no votes Yes or No', 'moreYesThanNo', t(0, 0, 20), body(20, 20), false, 'noVotes', 0, 1],
    ['everyone abstaining, under two thirds of Yes and No (3·0 ≥ 2·0 must not pass)', 'twoThirdsOfYesNo', t(0, 0, 20), body(20, 20), false, 'noVotes', 0, 1],
    ['everyone abstaining, abstentions counted', 'halfOfAllVotes', t(0, 0, 20), body(20, 20), false, 'notMet', 20, 11],
    ['everyone abstaining, of present', 'halfOfPresent', t(0, 0, 20), body(20, 20), false, 'notMet', 20, 11],
    ['zero votes', 'halfOfAllVotes', t(0, 0, 0), body(40, 60), false, 'noVotes', 0, 1],
    ['zero votes, of present', 'twoThirdsOfPresent', t(0, 0, 0), body(40, 60), false, 'notMet', 40, 27],
    ['the Party base: 31 of 60 convened', 'halfOfConvened', t(31, 0, 0), body(40, 60), true, 'met', 60, 31],
    ['the Party base: 30 of 60 convened is not more than half, all present voting Yes or not', 'halfOfConvened', t(30, 5, 5), body(40, 60), false, 'notMet', 60, 31],
    ['exactly two thirds of present passes', 'twoThirdsOfPresent', t(40, 20, 0), body(60, 60), true, 'met', 60, 40],
    ['one short of two thirds of present', 'twoThirdsOfPresent', t(39, 21, 0), body(60, 60), false, 'notMet', 60, 40],
    ['two thirds of all convened: 21 of 31', 'twoThirdsOfConvened', t(21, 0, 0), body(25, 31), true, 'met', 31, 21],
    ['two thirds of all convened: 20 of 31', 'twoThirdsOfConvened', t(20, 0, 0), body(25, 31), false, 'notMet', 31, 21],
    ['two thirds of Yes and No: 20 Yes, 10 No', 'twoThirdsOfYesNo', t(20, 10, 30), body(60, 60), true, 'met', 30, 20],
    ['quorum lost during the vote: a Yes majority does not pass', 'halfOfPresent', t(25, 3, 0), body(28, 60, false), false, 'quorumLost', 28, 15],
    ['quorum lost, under the Party base too', 'halfOfConvened', t(31, 0, 0), body(31, 60, false), false, 'quorumLost', 60, 31],
  ])('%s', (_, rule, tally, counts, passed, reason, base, threshold) => {
    const decision = decideMotion(rule, tally, counts);
    expect(decision).toMatchObject({ rule, passed, reason, base, threshold, ...tally, present: counts.present, convened: counts.convened });
    expect(decision.cast).toBe(tally.yes + tally.no + tally.abstain);
  });

  it.each<[string, Tally, BodyCounts]>([
    ['a negative count', t(-1, 0, 0), body(10, 10)],
    ['a fractional count', t(1.5, 0, 0), body(10, 10)],
    ['more present than convened', t(1, 0, 0), body(11, 10)],
    ['more votes than convened', t(6, 5, 0), body(10, 10)],
  ])('refuses counts that cannot be: %s', (_, tally, counts) => {
    for (const rule of MAJORITY_RULE_IDS) expect(() => decideMotion(rule, tally, counts)).toThrow(RangeError);
  });
});
