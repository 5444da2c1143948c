import { defineHandler, requireOpenMeeting } from '../context.ts';
import { requireElection, requireUnopened } from './election.ts';

export default defineHandler('election.remove', (ctx, { meetingId, electionId }) => {
  requireOpenMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  requireUnopened(election);
  ctx.writer(meetingId).removeElection(electionId);
  return {};
});
