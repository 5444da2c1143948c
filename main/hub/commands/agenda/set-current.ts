import { defineHandler, requireAgendaItem, requireMeeting } from '../context.ts';

export default defineHandler('agenda.setCurrent', (ctx, { meetingId, itemId }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  ctx.writer(meetingId).meeting({ ...meeting, currentItemId: itemId, currentSince: ctx.now.toISOString() });
  return {};
});
