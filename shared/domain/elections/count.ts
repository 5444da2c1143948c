import { classifyBallot, type ElectionBallot } from './ballot.ts';
import type { ElectionSetup } from './setup.ts';

/**
 * An election round's count: the ballots by class, and the votes of each candidate (a kept name on a valid ballot).
 * Tablet and named paper ballots are counted one by one; a secret round's paper ballots arrive as a count the
 * secretariat enters, checked by checkPaperElectionCount before it is added.
 */
export interface ElectionCount {
  readonly valid: number;
  readonly invalid: number;
  readonly blank: number;
  /** Every candidate of the round, 0 when nobody kept the name. */
  readonly votes: Readonly<Record<string, number>>;
}

export function emptyElectionCount(setup: Pick<ElectionSetup, 'candidates'>): ElectionCount {
  return { valid: 0, invalid: 0, blank: 0, votes: Object.fromEntries(setup.candidates.map((id) => [id, 0])) };
}

export function ballotsCounted(count: ElectionCount): number {
  return count.valid + count.invalid + count.blank;
}

/** Sums of counts of the same round (a candidate missing from one counts 0 there). */
export function addElectionCounts(setup: Pick<ElectionSetup, 'candidates'>, ...counts: readonly ElectionCount[]): ElectionCount {
  const votes: Record<string, number> = { ...emptyElectionCount(setup).votes };
  for (const count of counts) for (const id of setup.candidates) votes[id] = (votes[id] ?? 0) + (count.votes[id] ?? 0);
  return {
    valid: counts.reduce((n, c) => n + c.valid, 0),
    invalid: counts.reduce((n, c) => n + c.invalid, 0),
    blank: counts.reduce((n, c) => n + c.blank, 0),
    votes,
  };
}

export function countElection(
  setup: Pick<ElectionSetup, 'seats' | 'candidates'>,
  ballots: Iterable<ElectionBallot>,
  ...paperCounts: readonly ElectionCount[]
): ElectionCount {
  const votes: Record<string, number> = { ...emptyElectionCount(setup).votes };
  const classes = { valid: 0, invalid: 0, blank: 0 };
  for (const ballot of ballots) {
    const result = classifyBallot(setup, ballot);
    classes[result.kind] += 1;
    if (result.kind === 'valid') for (const id of result.kept) votes[id] = (votes[id] ?? 0) + 1;
  }
  return addElectionCounts(setup, { ...classes, votes }, ...paperCounts);
}

export type PaperCountIssue = 'notWholeNumbers' | 'unknownCandidate' | 'ballotsNotMarked' | 'votesOverValid' | 'votesOutOfRange';

/**
 * Whether a secret round's paper count can be true: whole numbers, only the round's candidates, as many ballots as
 * delegates marked as having voted on paper, no candidate with more votes than valid ballots, and the votes between
 * one and N per valid ballot (a valid ballot keeps at least one name and at most N).
 */
export function checkPaperElectionCount(
  setup: Pick<ElectionSetup, 'seats' | 'candidates'>,
  paper: ElectionCount,
  markedOnPaper: number,
): PaperCountIssue[] {
  const numbers = [paper.valid, paper.invalid, paper.blank, ...Object.values(paper.votes)];
  if (!numbers.every((n) => Number.isSafeInteger(n) && n >= 0)) return ['notWholeNumbers'];
  const issues: PaperCountIssue[] = [];
  if (Object.keys(paper.votes).some((id) => !setup.candidates.includes(id))) issues.push('unknownCandidate');
  if (ballotsCounted(paper) !== markedOnPaper) issues.push('ballotsNotMarked');
  const votes = Object.values(paper.votes);
  if (votes.some((n) => n > paper.valid)) issues.push('votesOverValid');
  const total = votes.reduce((sum, n) => sum + n, 0);
  if (total < paper.valid || total > paper.valid * setup.seats) issues.push('votesOutOfRange');
  return issues;
}
