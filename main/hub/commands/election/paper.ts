import type { Election, ElectionRound } from '../../../../shared/protocol/index.ts';
import { type CommandContext, CommandError, requireOpenMeeting } from '../context.ts';
import { countVoted, putVote, refuseSecondVote, requirePresent } from '../ballot-box.ts';
import { requireStatus } from '../vote-gate.ts';
import { currentRound, requireElection, roundVote } from './election.ts';

/** What the secretariat's paper commands check first: the current round open, of the kind the command is for. */
export function paperRound(ctx: CommandContext, meetingId: string, electionId: string, ballot: Election['ballot']): { election: Election; round: ElectionRound } {
  requireOpenMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  if (election.ballot !== ballot) {
    throw new CommandError(
      'conflict',
      ballot === 'named'
        ? 'This election is a secret ballot: mark the delegate as having voted on paper (election.paperMark) and enter the paper count.'
        : 'This election is a named ballot: record the delegate\'s paper ballot against her name (election.paperBallot).',
    );
  }
  const round = currentRound(election);
  requireStatus(round.status, 'open', `Round ${round.round} of the election`);
  return { election, round };
}

/** A delegate's paper ballot (named: with its marks; secret: only the mark), once, while the round is open. */
export function putPaperBallot(ctx: CommandContext, meetingId: string, election: Election, round: ElectionRound, delegateId: string, choice: string | null): void {
  const vote = roundVote(election, round);
  requirePresent(ctx, meetingId, delegateId);
  refuseSecondVote(ctx.store.voter(meetingId, vote, delegateId), false);
  putVote(ctx, meetingId, vote, election.ballot === 'secret', { delegateId, paper: true, castIds: [] }, choice);
  countVoted(ctx, meetingId, election.id, round.round, vote);
}
