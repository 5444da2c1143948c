import { defineHandler } from '../context.ts';
import { ballotCode } from './ballot.ts';
import { paperRound, putPaperBallot } from './paper.ts';

export default defineHandler('election.paperBallot', (ctx, { meetingId, electionId, delegateId, marks }) => {
  const { election, round } = paperRound(ctx, meetingId, electionId, 'named');
  putPaperBallot(ctx, meetingId, election, round, delegateId, ballotCode(round, marks, 'paper'));
  ctx.audit(meetingId, { electionId, round: round.round, delegateId, paper: true, marks });
  return {};
});
