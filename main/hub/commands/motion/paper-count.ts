import { checkPaperSums } from '../../../../shared/domain/votes/index.ts';
import { defineHandler } from '../context.ts';
import { paperMotion } from './paper.ts';

export default defineHandler('motion.paperCount', (ctx, { meetingId, motionId, counts }) => {
  paperMotion(ctx, meetingId, motionId, 'secret');
  ctx.store.setMotionPaper(meetingId, motionId, counts);
  // A partial result: kept beside the motion, never in it, until the close; who entered what is audited.
  ctx.audit(meetingId, { motionId, paperCounts: counts });
  const { counted, marked } = checkPaperSums(counts, ctx.store.paperMarked(meetingId, motionId));
  return { counted, marked };
});
