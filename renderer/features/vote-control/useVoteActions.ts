import type { HubError } from '../../client/errors.ts';
import { useCommand } from '../../client/react.tsx';
import type { Vote } from '../votes/select.ts';

export interface VoteActions {
  open(vote: Vote, overrideReason?: string): Promise<unknown>;
  close(vote: Vote): Promise<unknown>;
  remove(vote: Vote): Promise<unknown>;
  nextRound(vote: Vote): Promise<unknown>;
  pending: boolean;
  /** The last refusal, shown beside the vote. */
  error: HubError | null;
}

/** The chair's commands on a motion or an election, whichever the vote is. */
export function useVoteActions(meetingId: string): VoteActions {
  const openMotion = useCommand('motion.open');
  const openElection = useCommand('election.open');
  const closeMotion = useCommand('motion.close');
  const closeElection = useCommand('election.close');
  const removeMotion = useCommand('motion.remove');
  const removeElection = useCommand('election.remove');
  const nextRound = useCommand('election.nextRound');
  const all = [openMotion, openElection, closeMotion, closeElection, removeMotion, removeElection, nextRound];
  const override = (reason?: string) => (reason ? { override: { reason } } : {});
  return {
    open: (vote, reason) =>
      vote.kind === 'motion'
        ? openMotion.run({ meetingId, motionId: vote.id, ...override(reason) })
        : openElection.run({ meetingId, electionId: vote.id, ...override(reason) }),
    close: (vote) => (vote.kind === 'motion' ? closeMotion.run({ meetingId, motionId: vote.id }) : closeElection.run({ meetingId, electionId: vote.id })),
    remove: (vote) => (vote.kind === 'motion' ? removeMotion.run({ meetingId, motionId: vote.id }) : removeElection.run({ meetingId, electionId: vote.id })),
    nextRound: (vote) => nextRound.run({ meetingId, electionId: vote.id }),
    pending: all.some((c) => c.pending),
    error: all.find((c) => c.error)?.error ?? null,
  };
}
