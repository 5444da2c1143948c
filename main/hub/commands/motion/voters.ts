import { defineHandler, requireMeeting } from '../context.ts';
import { answerOf } from '../../store/ballot-choices.ts';
import { votersOf } from '../ballot-box.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.voters', (ctx, { meetingId, motionId }) => {
  requireMeeting(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  const disclosed = motion.ballot === 'named' && motion.status === 'closed';
  return { voters: votersOf(ctx, meetingId, motionId).map(({ choice, ...v }) => ({ ...v, answer: disclosed && choice ? answerOf(choice) : null })) };
});
