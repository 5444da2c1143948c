import { ANSWER_WORD_PRESETS } from '../../../../shared/domain/votes/index.ts';
import type { BallotKind, Motion, VoteWords } from '../../../../shared/protocol/index.ts';
import { type CommandContext, CommandError } from '../context.ts';

/** What the motion handlers share: finding a motion, its defaults, what a motion may be. */

/** The first preset of each language: Tán thành / Không tán thành / Không biểu quyết, Yes / No / Abstain. */
export const DEFAULT_WORDS: VoteWords = { vi: ANSWER_WORD_PRESETS.vi[0]!, en: ANSWER_WORD_PRESETS.en[0]! };

export function requireMotion(ctx: CommandContext, meetingId: string, motionId: string): Motion {
  const motion = ctx.store.getMotion(meetingId, motionId);
  if (!motion) throw new CommandError('not_found', `Meeting "${meetingId}" has no motion "${motionId}".`);
  return motion;
}

/** A secret ballot cannot be changed once cast: nothing links it to its voter to replace it. */
export function checkChangeable(ballot: BallotKind, mayChange: boolean): void {
  if (ballot === 'secret' && mayChange) {
    throw new CommandError('bad_request', 'A secret ballot cannot allow changing a vote: nothing links a ballot to its voter to replace it.', [
      { path: 'mayChange', message: 'only for a named ballot' },
    ]);
  }
}
