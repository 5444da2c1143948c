import { defineHandler } from '../context.ts';
import { checkOpen, closesAt, requireStatus } from '../vote-gate.ts';
import { currentRound, requireElection, withRound } from './election.ts';

export default defineHandler('election.open', (ctx, { meetingId, electionId, override }) => {
  const election = requireElection(ctx, meetingId, electionId);
  const round = currentRound(election);
  requireStatus(round.status, 'prepared', `Round ${round.round} of the election`);
  const quorumOverride = checkOpen(ctx, meetingId, override);
  const writer = ctx.writer(meetingId);
  writer.election(withRound(election, { ...round, status: 'open', openedAt: ctx.now.toISOString(), closesAt: closesAt(ctx.now, election.durationSeconds), quorumOverride }));
  writer.ballotCount({ id: electionId, round: round.round, voted: 0 });
  return {};
});
