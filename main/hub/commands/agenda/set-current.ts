import { defineHandler, requireAgendaItem, requireOpenMeeting } from '../context.ts';

export default defineHandler('agenda.setCurrent', (ctx, { meetingId, itemId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  ctx.writer(meetingId).meeting({ ...meeting, currentItemId: itemId, currentSince: ctx.now.toISOString() });
  return {};
});
