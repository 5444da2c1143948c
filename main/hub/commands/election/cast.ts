import { CommandError, defineHandler } from '../context.ts';
import { castingDelegate, countVoted, isRetry, putVote, refuseSecondVote, requirePresent } from '../ballot-box.ts';
import { requireInTime, requireStatus } from '../vote-gate.ts';
import { ballotCode } from './ballot.ts';
import { requireElection, roundVote } from './election.ts';

export default defineHandler('election.cast', (ctx, { meetingId, electionId, round: number, castId, marks }) => {
  const delegateId = castingDelegate(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const round = election.rounds.find((r) => r.round === number);
  if (!round) throw new CommandError('not_found', `The election "${election.title}" has no round ${number}.`);
  const vote = roundVote(election, round);
  const prior = ctx.store.voter(meetingId, vote, delegateId);
  // Before any other check: a retry is answered as the first time, even after the close.
  if (isRetry(prior, castId)) return { castId };
  requireStatus(round.status, 'open', `Round ${round.round} of the election`);
  requireInTime(ctx.now, round.closesAt);
  requirePresent(ctx, meetingId, delegateId);
  refuseSecondVote(prior, false);
  const secret = election.ballot === 'secret';
  putVote(ctx, meetingId, vote, secret, { delegateId, paper: false, castIds: [castId] }, ballotCode(round, marks, 'tablet'));
  ctx.audit(meetingId, secret ? { voted: true } : { electionId, round: round.round, marks });
  countVoted(ctx, meetingId, electionId, round.round, vote);
  return { castId };
});
