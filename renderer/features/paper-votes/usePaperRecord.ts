import type { Answer } from '../../../shared/protocol/index.ts';
import type { ElectionBallot } from '../../../shared/domain/elections/ballot.ts';
import type { HubError } from '../../client/errors.ts';
import { useCommand } from '../../client/react.tsx';
import type { Vote } from '../votes/select.ts';

/** What the secretariat records for one delegate: a named motion's answer, a named election's ballot, or a mark (secret). */
export type PaperEntry = { kind: 'answer'; answer: Answer } | { kind: 'ballot'; marks: ElectionBallot } | { kind: 'mark' };

/** The paper command for `vote` and the entry: true once the hub acknowledged it; its refusal in `error`. */
export function usePaperRecord(meetingId: string, vote: Vote): { record: (delegateId: string, entry: PaperEntry) => Promise<boolean>; pending: boolean; error: HubError | null } {
  const paperVote = useCommand('motion.paperVote');
  const markMotion = useCommand('motion.paperMark');
  const paperBallot = useCommand('election.paperBallot');
  const markElection = useCommand('election.paperMark');
  const all = [paperVote, markMotion, paperBallot, markElection];
  const record = async (delegateId: string, entry: PaperEntry): Promise<boolean> => {
    const motionId = vote.id;
    const electionId = vote.id;
    const answer =
      entry.kind === 'answer'
        ? await paperVote.run({ meetingId, motionId, delegateId, answer: entry.answer })
        : entry.kind === 'ballot'
          ? await paperBallot.run({ meetingId, electionId, delegateId, marks: entry.marks })
          : vote.kind === 'motion'
            ? await markMotion.run({ meetingId, motionId, delegateId })
            : await markElection.run({ meetingId, electionId, delegateId });
    return answer !== null;
  };
  return { record, pending: all.some((c) => c.pending), error: all.find((c) => c.error)?.error ?? null };
}
