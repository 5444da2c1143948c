import { defineHandler } from '../context.ts';
import { answerCode } from '../../store/ballot-choices.ts';
import { paperMotion, putPaperVote } from './paper.ts';

export default defineHandler('motion.paperVote', (ctx, { meetingId, motionId, delegateId, answer }) => {
  const motion = paperMotion(ctx, meetingId, motionId, 'named');
  putPaperVote(ctx, motion, meetingId, delegateId, answerCode(answer));
  ctx.audit(meetingId, { motionId, delegateId, paper: true, answer });
  return {};
});
