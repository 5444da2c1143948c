import { defineHandler } from '../context.ts';
import { answerOf } from '../../store/ballot-choices.ts';
import { castingDelegate } from '../ballot-box.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.myVote', (ctx, { meetingId, motionId }) => {
  const delegateId = castingDelegate(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  const voter = ctx.store.voter(meetingId, motionId, delegateId);
  return {
    voted: voter !== null,
    castId: voter?.castIds.at(-1) ?? null,
    paper: voter?.paper ?? false,
    // A secret ballot's choice is nowhere near its voter: the hub cannot say it.
    answer: motion.ballot === 'named' && voter?.choice ? answerOf(voter.choice) : null,
  };
});
