import type { Delegate } from '../../../shared/protocol/index.ts';
import { type CommandContext, CommandError, requireDelegate } from './context.ts';
import type { VoterRow } from '../store/store.ts';

/**
 * One delegate's vote into a vote's box (`vote`: a motion's id, or a round's), the same for motions and elections:
 * who may vote, once; a retry recognised by its cast id; a secret ballot put apart from its voter.
 */

/** The delegate a tablet votes as: its session's, in the meeting of their badge; never a field of the payload. */
export function castingDelegate(ctx: CommandContext, meetingId: string): string {
  const { role, delegateId, meetingId: own } = ctx.principal;
  if (role !== 'delegate' || !delegateId || own !== meetingId) {
    throw new CommandError('forbidden', 'A delegate votes only in the meeting of their badge, signed in on a tablet.');
  }
  return delegateId;
}

/** On the list and checked in now: who may vote, on a tablet or on paper. */
export function requirePresent(ctx: CommandContext, meetingId: string, delegateId: string): Delegate {
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  if (ctx.store.getAttendance(meetingId, delegateId)?.status !== 'present') {
    throw new CommandError('conflict', `${delegate.fullName} is not checked in: only delegates present vote.`, { reason: 'not_checked_in', params: { name: delegate.fullName } });
  }
  return delegate;
}

/** The same cast sent again (its ack was lost): answered as the first time, nothing more written. */
export function isRetry(prior: VoterRow | null, castId: string): boolean {
  return prior?.castIds.includes(castId) ?? false;
}

/** A delegate votes once, on a tablet or on paper; only a named vote that allows it may be changed, on a tablet. */
export function refuseSecondVote(prior: VoterRow | null, changeable: boolean): void {
  if (!prior) return;
  if (prior.paper) throw new CommandError('conflict', 'This delegate has voted on paper already.', { reason: 'voted_on_paper' });
  if (!changeable) throw new CommandError('conflict', 'This delegate has voted already; a vote counts once.', { reason: 'voted_already' });
}

/**
 * Puts a vote in the box. A named vote's choice is kept with its voter; a secret one's goes in apart, under a random
 * key, and its voter keeps no choice (a voter marked on paper brings none: the paper counts hold it).
 */
export function putVote(ctx: CommandContext, meetingId: string, vote: string, secret: boolean, voter: Omit<VoterRow, 'choice'>, choice: string | null): void {
  if (!secret) return ctx.store.putVoter(meetingId, vote, { ...voter, choice });
  ctx.store.putVoter(meetingId, vote, { ...voter, choice: null });
  if (choice !== null) ctx.store.addBallot(meetingId, vote, choice);
}

/** The `ballotCount` change after a delegate's first vote: how many have voted, nothing else. */
export function countVoted(ctx: CommandContext, meetingId: string, id: string, round: number | null, vote: string): void {
  ctx.writer(meetingId).ballotCount({ id, round, voted: ctx.store.votedCount(meetingId, vote) });
}

/** After a secret ballot's close: its box written again in key order, then the write-ahead log emptied once on disk. */
export function seal(ctx: CommandContext, meetingId: string, vote: string): void {
  ctx.store.sealBallots(meetingId, vote);
  ctx.afterCommit(() => {
    if (!ctx.store.truncateWal()) ctx.logger.warn({ meetingId }, 'the write-ahead log could not be emptied after a secret ballot closed (a reader held it): its frames keep the order of the votes until it is');
  });
}

/** Who voted in a vote, by seat then name, with each one's stored choice (the caller decides whether to show it). */
export function votersOf(ctx: CommandContext, meetingId: string, vote: string) {
  const delegates = new Map(ctx.store.delegates(meetingId).map((d) => [d.id, d]));
  return ctx.store
    .voters(meetingId, vote)
    .map((v) => {
      const d = delegates.get(v.delegateId);
      return { delegateId: v.delegateId, fullName: d?.fullName ?? '', seat: d?.seat ?? '', paper: v.paper, choice: v.choice };
    })
    .sort((a, b) => a.seat.localeCompare(b.seat, 'vi', { numeric: true }) || a.fullName.localeCompare(b.fullName, 'vi'));
}
