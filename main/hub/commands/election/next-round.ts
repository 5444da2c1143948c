import { nextRound } from '../../../../shared/domain/elections/index.ts';
import { CommandError, defineHandler, requireOpenMeeting } from '../context.ts';
import { checkSetup, currentRound, preparedRound, requireElection, setupOf } from './election.ts';

export default defineHandler('election.nextRound', (ctx, { meetingId, electionId, seats, candidateIds }) => {
  requireOpenMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const last = currentRound(election);
  const proposed = last.result ? nextRound(setupOf(election, last), last.result) : null;
  if (last.status !== 'closed' || !proposed) {
    throw new CommandError('conflict', last.status !== 'closed' ? `Round ${last.round} is not closed yet.` : 'Every seat is filled: there is no further round to hold.');
  }
  const elected = new Set(election.rounds.flatMap((r) => r.result?.elected ?? []));
  const known = new Set(election.candidates.map((c) => c.id));
  const candidates = candidateIds ?? proposed.candidates;
  const wrong = candidates.find((id) => !known.has(id) || elected.has(id));
  if (wrong) throw new CommandError('bad_request', `"${wrong}" is not a candidate of this election still to elect.`, [{ path: 'candidateIds', message: 'not a candidate still to elect' }]);
  if ((seats ?? proposed.seats) > proposed.seats) {
    throw new CommandError('bad_request', `Only ${proposed.seats} seats are left to fill.`, [{ path: 'seats', message: `at most ${proposed.seats}` }]);
  }
  const round = preparedRound(last.round + 1, seats ?? proposed.seats, candidates);
  checkSetup(setupOf(election, round));
  ctx.writer(meetingId).election({ ...election, rounds: [...election.rounds, round] });
  return { round: round.round };
});
