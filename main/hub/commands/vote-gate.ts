import { checkQuorumToOpen } from '../../../shared/domain/votes/index.ts';
import type { QuorumOverride } from '../../../shared/protocol/index.ts';
import { type CommandContext, CommandError, requireAgendaItem, requireOpenMeeting } from './context.ts';
import { quorumNow } from '../quorum.ts';

/**
 * When a vote may open, take casts and close (docs/voting.md, docs/protocol.md#votes-and-elections): one vote open at a
 * time in a published meeting, the quorum holding or overridden with a reason, casts until the countdown ends, the
 * close not before the minimum duration.
 */

/** The agenda item a motion or an election is put under: the one named, or else the current one. */
export function itemFor(ctx: CommandContext, meetingId: string, itemId: string | null | undefined, current: string | null): string | null {
  const id = itemId === undefined ? current : itemId;
  if (id !== null) requireAgendaItem(ctx, meetingId, id);
  return id;
}

/** The checks before a vote opens; answers the override to record (null when the quorum holds). */
export function checkOpen(ctx: CommandContext, meetingId: string, override: { reason: string } | undefined): QuorumOverride | null {
  const meeting = requireOpenMeeting(ctx, meetingId);
  if (meeting.status !== 'published') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is a draft: publish it first, so that the delegates' tablets see the vote.`, {
      reason: 'still_draft',
      params: { title: meeting.title },
    });
  }
  const open = ctx.store.openVote(meetingId);
  if (open) throw new CommandError('conflict', `Another vote is open in this meeting (${open.kind} "${open.id}"): close it first.`, { reason: 'vote_open_elsewhere' });
  const quorum = quorumNow(ctx.store, meetingId);
  const check = checkQuorumToOpen(quorum ?? { reached: false, missing: 0 }, override);
  if (!check.open) {
    throw new CommandError(
      'conflict',
      `The quorum does not hold (${check.missing} more delegates must be present): the vote cannot open. The chair may open it anyway with a reason (override.reason), which is recorded.`,
      { reason: 'quorum_missing', params: { missing: check.missing } },
    );
  }
  return check.overridden ? { reason: check.reason, missing: check.missing, by: ctx.principal.role } : null;
}

/** When the countdown ends, if the vote has one. */
export function closesAt(now: Date, durationSeconds: number | null): string | null {
  return durationSeconds === null ? null : new Date(now.getTime() + durationSeconds * 1000).toISOString();
}

export function requireInTime(now: Date, closes: string | null): void {
  if (closes !== null && now.getTime() > Date.parse(closes)) {
    throw new CommandError('conflict', 'The time for this vote is over: no more votes are taken; the chair closes it.', { reason: 'vote_time_over' });
  }
}

export function requireMayClose(now: Date, openedAt: string | null, minimumSeconds: number | null): void {
  if (openedAt === null || minimumSeconds === null) return;
  const left = Math.ceil((Date.parse(openedAt) + minimumSeconds * 1000 - now.getTime()) / 1000);
  if (left > 0) {
    throw new CommandError('conflict', `This vote stays open at least ${minimumSeconds} s: ${left} s left before it may close.`, {
      reason: 'vote_too_early',
      params: { minimum: minimumSeconds, seconds: left },
    });
  }
}

export function requireStatus(status: string, wanted: 'prepared' | 'open', what: string): void {
  if (status === wanted) return;
  const now = status === 'closed' ? 'is closed' : status === 'open' ? 'is open' : 'is not open yet';
  throw new CommandError('conflict', `${what} ${now}; this needs it ${wanted === 'prepared' ? 'not opened yet' : 'open'}.`, {
    reason: wanted === 'prepared' ? 'vote_opened' : 'vote_not_open',
  });
}

/** The body at the close: delegates on the list (never fewer than the votes: a delegate removed after voting), present, and whether the quorum held. */
export function bodyAtClose(ctx: CommandContext, meetingId: string, overridden: boolean, voted: number): { convened: number; present: number; quorumHeld: boolean } {
  const quorum = quorumNow(ctx.store, meetingId);
  const convened = Math.max(quorum?.members ?? 0, voted);
  return { convened, present: Math.min(quorum?.present ?? 0, convened), quorumHeld: overridden || (quorum?.reached ?? false) };
}
