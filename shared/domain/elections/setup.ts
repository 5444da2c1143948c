/**
 * An election round as it is set up: N seats, the candidates in ballot order, and the base a candidate needs more
 * than half of. Sources in docs/voting.md.
 */

/**
 * `validBallots`: more than half of the valid ballots (state elections); `convened`: more than half of the delegates
 * convened (Điều lệ Đảng 12.3: 5 votes of 10 present in a body of 11 is not elected).
 */
export const ELECTION_BASES = ['validBallots', 'convened'] as const;
export type ElectionBase = (typeof ELECTION_BASES)[number];

export interface ElectionSetup {
  /** 1 for the first round, 2 for the first further round… */
  readonly round: number;
  readonly seats: number;
  /** Candidate ids, in ballot order. */
  readonly candidates: readonly string[];
  readonly base: ElectionBase;
}

export type SetupIssue = 'badRound' | 'badSeats' | 'noCandidates' | 'duplicateCandidate' | 'fewerCandidatesThanSeats';

/** What is wrong with a round's setup; none when it can be voted. */
export function checkElectionSetup(setup: ElectionSetup): SetupIssue[] {
  const issues: SetupIssue[] = [];
  if (!Number.isSafeInteger(setup.round) || setup.round < 1) issues.push('badRound');
  if (!Number.isSafeInteger(setup.seats) || setup.seats < 1) issues.push('badSeats');
  if (setup.candidates.length === 0) issues.push('noCandidates');
  if (new Set(setup.candidates).size !== setup.candidates.length) issues.push('duplicateCandidate');
  if (setup.candidates.length > 0 && setup.candidates.length < setup.seats) issues.push('fewerCandidatesThanSeats');
  return issues;
}

/** The Party's cap on the surplus of candidates over seats (190-QĐ/TW Điều 14). */
export const PARTY_MAX_SURPLUS_PERCENT = 30;

/** Whether the candidates exceed the seats by no more than `maxPercent` of the seats (integer arithmetic). */
export function surplusWithin(setup: Pick<ElectionSetup, 'seats' | 'candidates'>, maxPercent: number): boolean {
  return 100 * (setup.candidates.length - setup.seats) <= maxPercent * setup.seats;
}
