import { defineHandler, requireOpenMeeting } from '../context.ts';
import { itemFor, requireStatus } from '../vote-gate.ts';
import { checkChangeable, requireMotion } from './motion.ts';

export default defineHandler('motion.update', (ctx, { meetingId, motionId, itemId, ...fields }) => {
  requireOpenMeeting(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  requireStatus(motion.status, 'prepared', 'The motion');
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next = { ...motion, ...defined, itemId: itemId === undefined ? motion.itemId : itemFor(ctx, meetingId, itemId, null) };
  checkChangeable(next.ballot, next.mayChange);
  ctx.writer(meetingId).motion(next);
  return {};
});
