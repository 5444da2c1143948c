import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { stopTheFloor } from '../speakers/item-clock.ts';

/** Published → closed: final. Tablets delete the restricted documents and report it; nothing changes afterwards. */
export default defineHandler('meeting.end', (ctx, { meetingId }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'closed') throw new CommandError('conflict', `The meeting "${meeting.title}" is already closed.`, { reason: 'already_closed', params: { title: meeting.title } });
  if (meeting.status === 'draft') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is a draft: publish it before closing it.`, { reason: 'still_draft', params: { title: meeting.title } });
  }
  const writer = ctx.writer(meetingId);
  stopTheFloor(ctx, writer, meetingId);
  writer.meeting({ ...meeting, status: 'closed' });
  ctx.logger.info({ meetingId }, 'meeting closed');
  return {};
});
