import { fractionMet, fractionThreshold } from './fraction.ts';
import { MAJORITY_RULE, type MajorityBase, type MajorityFraction, type MajorityRuleId } from './rules.ts';
import { isWellFormedTally, votesCast, type Tally } from './tally.ts';

/** The body a motion is decided in, as the hub counts it when the vote closes. */
export interface BodyCounts {
  /** Delegates convened: the meeting's list, after the lawful deductions (see docs/voting.md). */
  readonly convened: number;
  /** Delegates present when the vote closes. */
  readonly present: number;
  /** The quorum held when the vote closed, or the chair overrode it (the hub records the reason). */
  readonly quorumHeld: boolean;
}

/**
 * Why a motion passed or failed: `met` / `notMet` the fraction of a non-empty base; `noVotes` the base was empty
 * (everyone abstained under `yesNo`, nobody voted under `allVotes`); `quorumLost` the quorum no longer held at close.
 */
export type DecisionReason = 'met' | 'notMet' | 'noVotes' | 'quorumLost';

/** A motion's result with every number it was decided on, frozen at close. */
export interface MotionDecision {
  readonly rule: MajorityRuleId;
  readonly basis: MajorityBase;
  readonly fraction: MajorityFraction;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly cast: number;
  readonly present: number;
  readonly convened: number;
  /** What the Yes votes were measured against (the number of the basis). */
  readonly base: number;
  /** The fewest Yes votes that pass on this base. */
  readonly threshold: number;
  readonly passed: boolean;
  readonly reason: DecisionReason;
}

function baseOf(basis: MajorityBase, tally: Tally, body: BodyCounts): number {
  switch (basis) {
    case 'yesNo':
      return tally.yes + tally.no;
    case 'allVotes':
      return votesCast(tally);
    case 'present':
      // Whoever voted was present when voting, even if she left before the close.
      return Math.max(body.present, votesCast(tally));
    case 'convened':
      return body.convened;
  }
}

function assertCounts(tally: Tally, body: BodyCounts): void {
  const counts = [body.convened, body.present];
  if (!isWellFormedTally(tally) || !counts.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError('Vote counts must be whole numbers, 0 or more.');
  }
  if (body.present > body.convened || votesCast(tally) > body.convened) {
    throw new RangeError(`More present (${body.present}) or votes (${votesCast(tally)}) than delegates convened (${body.convened}).`);
  }
}

/** Decides a motion by its rule, in integer arithmetic. Throws a RangeError on counts that cannot be (a hub bug). */
export function decideMotion(rule: MajorityRuleId, tally: Tally, body: BodyCounts): MotionDecision {
  assertCounts(tally, body);
  const { base: basis, fraction } = MAJORITY_RULE[rule];
  const base = baseOf(basis, tally, body);
  const met = fractionMet(fraction, tally.yes, base);
  const reason: DecisionReason = !body.quorumHeld ? 'quorumLost' : base === 0 ? 'noVotes' : met ? 'met' : 'notMet';
  return {
    rule,
    basis,
    fraction,
    yes: tally.yes,
    no: tally.no,
    abstain: tally.abstain,
    cast: votesCast(tally),
    present: body.present,
    convened: body.convened,
    base,
    threshold: fractionThreshold(fraction, base),
    passed: reason === 'met',
    reason,
  };
}
