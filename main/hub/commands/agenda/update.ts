import { defineHandler, requireAgendaItem } from '../context.ts';

export default defineHandler('agenda.update', (ctx, { meetingId, itemId, title, description, durationMinutes }) => {
  const item = requireAgendaItem(ctx, meetingId, itemId);
  ctx.writer(meetingId).agendaItem({
    ...item,
    title: title ?? item.title,
    description: description ?? item.description,
    durationMinutes: durationMinutes === undefined ? item.durationMinutes : durationMinutes,
  });
  return {};
});
