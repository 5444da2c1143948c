import type { Motion } from '../../../../shared/protocol/index.ts';
import { type CommandContext, CommandError, requireOpenMeeting } from '../context.ts';
import { countVoted, putVote, refuseSecondVote, requirePresent } from '../ballot-box.ts';
import { requireStatus } from '../vote-gate.ts';
import { requireMotion } from './motion.ts';

/** What the secretariat's paper commands check first: the motion open, of the kind the command is for. */
export function paperMotion(ctx: CommandContext, meetingId: string, motionId: string, ballot: Motion['ballot']): Motion {
  requireOpenMeeting(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  if (motion.ballot !== ballot) {
    throw new CommandError(
      'conflict',
      ballot === 'named'
        ? 'This motion is a secret ballot: mark the delegate as having voted on paper (motion.paperMark) and enter the paper counts.'
        : 'This motion is a named vote: record the delegate\'s paper vote against her name (motion.paperVote).',
    );
  }
  requireStatus(motion.status, 'open', 'The vote');
  return motion;
}

/** A delegate's paper vote (named: with its choice; secret: only the mark), once, while the vote is open. */
export function putPaperVote(ctx: CommandContext, motion: Motion, meetingId: string, delegateId: string, choice: string | null): void {
  requirePresent(ctx, meetingId, delegateId);
  refuseSecondVote(ctx.store.voter(meetingId, motion.id, delegateId), false);
  putVote(ctx, meetingId, motion.id, motion.ballot === 'secret', { delegateId, paper: true, castIds: [] }, choice);
  countVoted(ctx, meetingId, motion.id, null, motion.id);
}
