import { CommandError, defineHandler, requireOpenMeeting } from '../context.ts';

export default defineHandler('announcements.remove', (ctx, { meetingId, announcementId }) => {
  requireOpenMeeting(ctx, meetingId);
  if (!ctx.store.getAnnouncement(meetingId, announcementId)) {
    throw new CommandError('not_found', `Meeting "${meetingId}" has no announcement "${announcementId}" up.`, {
      reason: 'announcement_not_found',
      params: { meetingId, announcementId },
    });
  }
  ctx.writer(meetingId).removeAnnouncement(announcementId, ctx.now.toISOString());
  return {};
});
