import { defineHandler, requireOpenMeeting } from '../context.ts';
import { requireStatus } from '../vote-gate.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.remove', (ctx, { meetingId, motionId }) => {
  requireOpenMeeting(ctx, meetingId);
  requireStatus(requireMotion(ctx, meetingId, motionId).status, 'prepared', 'The motion');
  ctx.writer(meetingId).removeMotion(motionId);
  return {};
});
