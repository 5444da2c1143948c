import type { Handler } from '../context.ts';
import motionCast from './cast.ts';
import motionClose from './close.ts';
import motionCreate from './create.ts';
import motionMyVote from './my-vote.ts';
import motionOpen from './open.ts';
import motionPaperCount from './paper-count.ts';
import motionPaperMark from './paper-mark.ts';
import motionPaperVote from './paper-vote.ts';
import motionRemove from './remove.ts';
import motionUpdate from './update.ts';
import motionVoters from './voters.ts';

/** The motion domain's handlers, one per command declared in shared/protocol/commands/motion.ts. */
export const MOTION_HANDLERS = [
  motionCreate,
  motionUpdate,
  motionRemove,
  motionOpen,
  motionClose,
  motionCast,
  motionMyVote,
  motionPaperVote,
  motionPaperMark,
  motionPaperCount,
  motionVoters,
] as Handler[];
