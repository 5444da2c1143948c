/**
 * Counting a motion's votes: tablet ballots and paper ones together. A named paper vote is a ballot like a tablet's
 * (recorded against the delegate's name); a secret ballot's paper votes arrive as counts the secretariat enters.
 */

export const ANSWERS = ['yes', 'no', 'abstain'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export const EMPTY_TALLY: Tally = { yes: 0, no: 0, abstain: 0 };

export function isAnswer(value: unknown): value is Answer {
  return (ANSWERS as readonly unknown[]).includes(value);
}

/** Every vote cast, abstentions included. */
export function votesCast(tally: Tally): number {
  return tally.yes + tally.no + tally.abstain;
}

export function addTallies(...tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>((sum, t) => ({ yes: sum.yes + t.yes, no: sum.no + t.no, abstain: sum.abstain + t.abstain }), EMPTY_TALLY);
}

/** The counts of the ballots cast one by one (tablet or named paper), plus the paper counts entered as numbers. */
export function tallyBallots(ballots: Iterable<Answer>, ...paperCounts: readonly Tally[]): Tally {
  const counts = { yes: 0, no: 0, abstain: 0 };
  for (const answer of ballots) counts[answer] += 1;
  return addTallies(counts, ...paperCounts);
}

/** A paper count that is not made of whole, non-negative numbers is a typing error, never a count. */
export function isWellFormedTally(tally: Tally): boolean {
  return ANSWERS.every((answer) => Number.isSafeInteger(tally[answer]) && tally[answer] >= 0);
}

export interface PaperSumCheck {
  readonly ok: boolean;
  /** Ballots the secretariat counted (the entered counts, added up). */
  readonly counted: number;
  /** Delegates marked as having voted on paper. */
  readonly marked: number;
}

/** A secret ballot's paper counts must add up to the delegates marked as having voted on paper, never more, never less. */
export function checkPaperSums(paper: Tally, markedOnPaper: number): PaperSumCheck {
  const counted = votesCast(paper);
  return { ok: isWellFormedTally(paper) && counted === markedOnPaper, counted, marked: markedOnPaper };
}
