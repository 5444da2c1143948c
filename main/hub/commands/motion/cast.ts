import { defineHandler } from '../context.ts';
import { answerCode } from '../../store/ballot-choices.ts';
import { castingDelegate, countVoted, isRetry, putVote, refuseSecondVote, requirePresent } from '../ballot-box.ts';
import { requireInTime, requireStatus } from '../vote-gate.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.cast', (ctx, { meetingId, motionId, castId, answer }) => {
  const delegateId = castingDelegate(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  const prior = ctx.store.voter(meetingId, motionId, delegateId);
  // Before any other check: a retry is answered as the first time, even after the close.
  if (isRetry(prior, castId)) return { castId };
  requireStatus(motion.status, 'open', 'The vote');
  requireInTime(ctx.now, motion.closesAt);
  requirePresent(ctx, meetingId, delegateId);
  const secret = motion.ballot === 'secret';
  refuseSecondVote(prior, !secret && motion.mayChange);
  putVote(ctx, meetingId, motionId, secret, { delegateId, paper: false, castIds: [...(prior?.castIds ?? []), castId] }, answerCode(answer));
  // The audit log of a secret ballot says that she voted, nothing else; a named vote is recorded with its voter.
  ctx.audit(meetingId, secret ? { voted: true } : { motionId, answer, changed: prior !== null });
  if (!prior) countVoted(ctx, meetingId, motionId, null, motionId);
  return { castId };
});
