import { CommandError, defineHandler, requireMeeting } from '../context.ts';

/** Draft → published: from now on delegates' tablets see the meeting and preload what they may read. */
export default defineHandler('meeting.publish', (ctx, { meetingId }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'published') throw new CommandError('conflict', `The meeting "${meeting.title}" is already published.`, { reason: 'already_published', params: { title: meeting.title } });
  if (meeting.status === 'closed') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is closed: a closed meeting cannot be published again.`, {
      reason: 'meeting_closed',
      params: { title: meeting.title },
    });
  }
  ctx.writer(meetingId).meeting({ ...meeting, status: 'published' });
  ctx.logger.info({ meetingId }, 'meeting published');
  return {};
});
