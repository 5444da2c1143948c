import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { marksOf } from '../../store/ballot-choices.ts';
import { votersOf } from '../ballot-box.ts';
import { currentRound, requireElection, roundVote } from './election.ts';

export default defineHandler('election.voters', (ctx, { meetingId, electionId, round: number }) => {
  requireMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const round = number === undefined ? currentRound(election) : election.rounds.find((r) => r.round === number);
  if (!round) throw new CommandError('not_found', `The election "${election.title}" has no round ${number}.`);
  const disclosed = election.ballot === 'named' && round.status === 'closed';
  return {
    voters: votersOf(ctx, meetingId, roundVote(election, round)).map(({ choice, ...v }) => ({
      ...v,
      marks: disclosed && choice ? { ...marksOf(round.candidates, choice) } : null,
    })),
  };
});
