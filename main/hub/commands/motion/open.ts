import { defineHandler } from '../context.ts';
import { checkOpen, closesAt, requireStatus } from '../vote-gate.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.open', (ctx, { meetingId, motionId, override }) => {
  const motion = requireMotion(ctx, meetingId, motionId);
  requireStatus(motion.status, 'prepared', 'The motion');
  const quorumOverride = checkOpen(ctx, meetingId, override);
  const writer = ctx.writer(meetingId);
  writer.motion({ ...motion, status: 'open', openedAt: ctx.now.toISOString(), closesAt: closesAt(ctx.now, motion.durationSeconds), quorumOverride });
  writer.ballotCount({ id: motionId, round: null, voted: 0 });
  return {};
});
