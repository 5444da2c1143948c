import { defineHandler, requireAgendaItem, requireOpenMeeting } from '../context.ts';

/** Limits may be set while the meeting is prepared too: the secretariat plans them with the agenda. */
export default defineHandler('speakers.setLimit', (ctx, { meetingId, itemId, seconds }) => {
  requireOpenMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  const writer = ctx.writer(meetingId);
  ctx.store.setSpeakingLimit(meetingId, itemId, seconds);
  writer.speakingLimits();
  return {};
});
