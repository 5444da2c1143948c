import { defineHandler } from '../context.ts';
import { castingDelegate } from '../ballot-box.ts';
import { marksOf } from '../../store/ballot-choices.ts';
import { currentRound, requireElection, roundVote } from './election.ts';

export default defineHandler('election.myVote', (ctx, { meetingId, electionId }) => {
  const delegateId = castingDelegate(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const round = currentRound(election);
  const voter = ctx.store.voter(meetingId, roundVote(election, round), delegateId);
  return {
    round: round.round,
    voted: voter !== null,
    castId: voter?.castIds.at(-1) ?? null,
    paper: voter?.paper ?? false,
    // A secret ballot's marks are nowhere near its voter: the hub cannot say them.
    marks: election.ballot === 'named' && voter?.choice ? { ...marksOf(round.candidates, voter.choice) } : null,
  };
});
