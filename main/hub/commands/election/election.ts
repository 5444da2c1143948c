import { checkElectionSetup, type ElectionSetup } from '../../../../shared/domain/elections/index.ts';
import type { Candidate, Election, ElectionRound } from '../../../../shared/protocol/index.ts';
import { type CommandContext, CommandError, newId } from '../context.ts';
import { voteOfRound } from '../../store/store.ts';

/** What the election handlers share: finding an election and its current round, a round's setup, the candidate list. */

export function requireElection(ctx: CommandContext, meetingId: string, electionId: string): Election {
  const election = ctx.store.getElection(meetingId, electionId);
  if (!election) throw new CommandError('not_found', `Meeting "${meetingId}" has no election "${electionId}".`);
  return election;
}

/** An election may be changed or removed only before its first round opens. */
export function requireUnopened(election: Election): void {
  if (election.rounds.length > 1 || election.rounds[0]!.status !== 'prepared') {
    throw new CommandError('conflict', `The election "${election.title}" has been opened: it can no longer be changed or removed.`, { reason: 'vote_opened' });
  }
}

/** The last round: the one being prepared, open, or the last closed. */
export const currentRound = (election: Election): ElectionRound => election.rounds.at(-1)!;

export const roundVote = (election: Election, round: ElectionRound) => voteOfRound(election.id, round.round);

export function setupOf(election: Election, round: ElectionRound): ElectionSetup {
  return { round: round.round, seats: round.seats, candidates: round.candidates, base: election.base };
}

export function withRound(election: Election, round: ElectionRound): Election {
  return { ...election, rounds: election.rounds.map((r) => (r.round === round.round ? round : r)) };
}

export function nameOf(election: Election): (id: string) => string | undefined {
  const names = new Map(election.candidates.map((c) => [c.id, c.name]));
  return (id) => names.get(id);
}

const SETUP_PROBLEMS = {
  badRound: 'the round number is not valid',
  badSeats: 'the seats must be 1 or more',
  noCandidates: 'there are no candidates',
  duplicateCandidate: 'a candidate is listed twice',
  fewerCandidatesThanSeats: 'there are fewer candidates than seats',
} as const;

/** Refuses a round that cannot be voted, saying why. */
export function checkSetup(setup: ElectionSetup): void {
  const issues = checkElectionSetup(setup);
  if (issues.length > 0) {
    throw new CommandError('bad_request', `This round cannot be voted: ${issues.map((i) => SETUP_PROBLEMS[i]).join('; ')}.`, [
      { path: issues.includes('badSeats') || issues.includes('fewerCandidatesThanSeats') ? 'seats' : 'candidates', message: SETUP_PROBLEMS[issues[0]!] },
    ]);
  }
}

/** The candidate list as given: a candidate's id kept when it is one of `known`, a new one made otherwise. */
export function candidatesFrom(given: readonly { id?: string | undefined; name: string }[], known: readonly Candidate[]): Candidate[] {
  const ids = new Set(known.map((c) => c.id));
  return given.map((c) => ({ id: c.id !== undefined && ids.has(c.id) ? c.id : newId(), name: c.name }));
}

/** A round as it is prepared. */
export function preparedRound(round: number, seats: number, candidates: readonly string[]): ElectionRound {
  return { round, seats, candidates: [...candidates], status: 'prepared', openedAt: null, closesAt: null, closedAt: null, quorumOverride: null, result: null };
}
