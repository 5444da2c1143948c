import { defineHandler, requireAgendaItem, requireOpenMeeting } from '../context.ts';
import { moveItemClock } from '../speakers/item-clock.ts';

export default defineHandler('agenda.setCurrent', (ctx, { meetingId, itemId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  const writer = ctx.writer(meetingId);
  // The time spent on each item counts while the meeting runs; choosing the same item again keeps its clock going.
  if (meeting.status === 'published' && itemId !== meeting.currentItemId) moveItemClock(ctx, writer, meetingId, itemId);
  writer.meeting({ ...meeting, currentItemId: itemId, currentSince: ctx.now.toISOString() });
  return {};
});
