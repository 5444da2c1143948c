import { placeItem } from '../../../../shared/domain/agenda.ts';
import type { AgendaItem } from '../../../../shared/protocol/index.ts';
import { defineHandler, newId, requireAgendaItem, requireOpenMeeting } from '../context.ts';

export default defineHandler('agenda.add', (ctx, { meetingId, parentId, position, title, description, durationMinutes }) => {
  requireOpenMeeting(ctx, meetingId);
  if (parentId !== null) requireAgendaItem(ctx, meetingId, parentId);
  const item: AgendaItem = { id: newId(), parentId, position: 0, title, description, durationMinutes };
  const write = ctx.writer(meetingId);
  for (const placed of placeItem(ctx.store.agendaItems(meetingId), item, parentId, position ?? Number.MAX_SAFE_INTEGER)) {
    write.agendaItem(placed);
  }
  return { itemId: item.id };
});
