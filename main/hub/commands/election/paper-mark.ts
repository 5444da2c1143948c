import { defineHandler } from '../context.ts';
import { paperRound, putPaperBallot } from './paper.ts';

export default defineHandler('election.paperMark', (ctx, { meetingId, electionId, delegateId }) => {
  const { election, round } = paperRound(ctx, meetingId, electionId, 'secret');
  putPaperBallot(ctx, meetingId, election, round, delegateId, null);
  ctx.audit(meetingId, { electionId, round: round.round, delegateId, paper: true });
  return {};
});
