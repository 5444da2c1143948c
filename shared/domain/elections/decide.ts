import { fractionMet, fractionThreshold } from '../votes/fraction.ts';
import { ballotsCounted, type ElectionCount } from './count.ts';
import type { ElectionBase, ElectionSetup } from './setup.ts';

/**
 * - `elected`: more than half of the base and within the seats by votes;
 * - `tied`: more than half, level with others at the last seat(s), more of them than the seats left: a further
 *   round decides, never the order of the list or anyone's age (no Party text settles a tie);
 * - `beyondSeats`: more than half, but below the cut-off of the seats;
 * - `notElected`: not more than half of the base.
 */
export type CandidateOutcome = 'elected' | 'tied' | 'beyondSeats' | 'notElected';

export interface CandidateResult {
  readonly id: string;
  readonly votes: number;
  readonly outcome: CandidateOutcome;
}

export interface ElectionTie {
  /** The candidates level at the cut-off, in ballot order. */
  readonly candidates: readonly string[];
  readonly votes: number;
  /** The seats they are level for (fewer than the candidates). */
  readonly seatsLeft: number;
}

export interface ElectionDecision {
  readonly round: number;
  readonly seats: number;
  readonly basis: ElectionBase;
  /** The number a candidate needs more than half of. */
  readonly base: number;
  /** The fewest votes that are more than half of the base. */
  readonly threshold: number;
  readonly valid: number;
  readonly invalid: number;
  readonly blank: number;
  readonly convened: number;
  /** Most votes first; equal votes in ballot order (the order shows, it never decides). */
  readonly candidates: readonly CandidateResult[];
  /** In the order of `candidates`. */
  readonly elected: readonly string[];
  readonly tie: ElectionTie | null;
  /** Seats not filled in this round: a further round may fill them (nextRound). */
  readonly seatsLeft: number;
}

export interface ElectionBody {
  /** Delegates convened: the meeting's list, after the lawful deductions. */
  readonly convened: number;
}

function assertCount(setup: ElectionSetup, count: ElectionCount, body: ElectionBody): void {
  const numbers = [count.valid, count.invalid, count.blank, body.convened, ...setup.candidates.map((id) => count.votes[id] ?? 0)];
  if (!numbers.every((n) => Number.isSafeInteger(n) && n >= 0)) throw new RangeError('Election counts must be whole numbers, 0 or more.');
  if (ballotsCounted(count) > body.convened) {
    throw new RangeError(`More ballots (${ballotsCounted(count)}) than delegates convened (${body.convened}).`);
  }
  if (setup.candidates.some((id) => (count.votes[id] ?? 0) > count.valid)) throw new RangeError('A candidate has more votes than valid ballots.');
}

/** Decides a round: who is elected, who ties at the cut-off, how many seats are left. Integer arithmetic. */
export function decideElection(setup: ElectionSetup, count: ElectionCount, body: ElectionBody): ElectionDecision {
  assertCount(setup, count, body);
  const base = setup.base === 'validBallots' ? count.valid : body.convened;
  const ranked = setup.candidates
    .map((id, order) => ({ id, order, votes: count.votes[id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order);
  const passing = ranked.filter((c) => fractionMet('half', c.votes, base));

  // The cut-off is the votes of the last seat among those passing; only level votes there can tie.
  const cut = passing[setup.seats - 1]?.votes;
  const above = cut === undefined ? passing : passing.filter((c) => c.votes > cut);
  const atCut = cut === undefined ? [] : passing.filter((c) => c.votes === cut);
  const tied = above.length + atCut.length > setup.seats;
  const elected = new Set((tied ? above : [...above, ...atCut]).map((c) => c.id));
  const tiedIds = new Set(tied ? atCut.map((c) => c.id) : []);
  const passed = new Set(passing.map((c) => c.id));

  const outcome = (id: string): CandidateOutcome =>
    elected.has(id) ? 'elected' : tiedIds.has(id) ? 'tied' : passed.has(id) ? 'beyondSeats' : 'notElected';
  return {
    round: setup.round,
    seats: setup.seats,
    basis: setup.base,
    base,
    threshold: fractionThreshold('half', base),
    valid: count.valid,
    invalid: count.invalid,
    blank: count.blank,
    convened: body.convened,
    candidates: ranked.map((c) => ({ id: c.id, votes: c.votes, outcome: outcome(c.id) })),
    elected: ranked.filter((c) => elected.has(c.id)).map((c) => c.id),
    tie:
      tied && cut !== undefined
        ? { candidates: setup.candidates.filter((id) => tiedIds.has(id)), votes: cut, seatsLeft: setup.seats - above.length }
        : null,
    seatsLeft: setup.seats - elected.size,
  };
}
