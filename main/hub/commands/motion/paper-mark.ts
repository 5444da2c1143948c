import { defineHandler } from '../context.ts';
import { paperMotion, putPaperVote } from './paper.ts';

export default defineHandler('motion.paperMark', (ctx, { meetingId, motionId, delegateId }) => {
  const motion = paperMotion(ctx, meetingId, motionId, 'secret');
  putPaperVote(ctx, motion, meetingId, delegateId, null);
  ctx.audit(meetingId, { motionId, delegateId, paper: true });
  return {};
});
