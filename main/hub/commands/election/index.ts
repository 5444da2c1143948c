import type { Handler } from '../context.ts';
import electionCast from './cast.ts';
import electionClose from './close.ts';
import electionCreate from './create.ts';
import electionMyVote from './my-vote.ts';
import electionNextRound from './next-round.ts';
import electionOpen from './open.ts';
import electionPaperBallot from './paper-ballot.ts';
import electionPaperCount from './paper-count.ts';
import electionPaperMark from './paper-mark.ts';
import electionRemove from './remove.ts';
import electionUpdate from './update.ts';
import electionVoters from './voters.ts';

/** The election domain's handlers, one per command declared in shared/protocol/commands/election.ts. */
export const ELECTION_HANDLERS = [
  electionCreate,
  electionUpdate,
  electionRemove,
  electionOpen,
  electionClose,
  electionNextRound,
  electionCast,
  electionMyVote,
  electionPaperBallot,
  electionPaperMark,
  electionPaperCount,
  electionVoters,
] as Handler[];
