import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { stopTheFloor } from '../speakers/item-clock.ts';

/**
 * Published → closed: final, by the chair or the secretariat. When it ended is this command's audit entry (written in
 * the same transaction), which the minutes read. Tablets delete the restricted documents and report it; nothing
 * changes afterwards.
 */
export default defineHandler('meeting.end', (ctx, { meetingId }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'closed') throw new CommandError('conflict', `The meeting "${meeting.title}" is already closed.`, { reason: 'already_closed', params: { title: meeting.title } });
  if (meeting.status === 'draft') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is a draft: publish it before closing it.`, { reason: 'still_draft', params: { title: meeting.title } });
  }
  // A vote left open would stay open for ever (nothing changes after the end) and never reach the minutes' result.
  if (ctx.store.openVote(meetingId)) {
    throw new CommandError('conflict', 'A vote is still open: close it before ending the meeting.', { reason: 'vote_still_open' });
  }
  const writer = ctx.writer(meetingId);
  stopTheFloor(ctx, writer, meetingId);
  writer.meeting({ ...meeting, status: 'closed' });
  ctx.logger.info({ meetingId }, 'meeting closed');
  return {};
});
