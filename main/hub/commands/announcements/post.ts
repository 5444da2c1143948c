import { defineHandler, newId, requireOpenMeeting } from '../context.ts';

export default defineHandler('announcements.post', (ctx, { meetingId, text, onProjector }) => {
  requireOpenMeeting(ctx, meetingId);
  const id = newId();
  const postedBy = ctx.principal.role === 'chair' ? 'chair' : 'secretariat';
  ctx.writer(meetingId).announcement({ id, text, onProjector, postedAt: ctx.now.toISOString(), postedBy });
  return { announcementId: id };
});
