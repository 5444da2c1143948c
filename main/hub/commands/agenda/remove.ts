import { closeGaps, subtreeIds } from '../../../../shared/domain/agenda.ts';
import { defineHandler, requireAgendaItem, requireOpenMeeting } from '../context.ts';

export default defineHandler('agenda.remove', (ctx, { meetingId, itemId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  requireAgendaItem(ctx, meetingId, itemId);
  const items = ctx.store.agendaItems(meetingId);
  const removed = subtreeIds(items, itemId);
  const write = ctx.writer(meetingId);
  for (const id of removed) write.removeAgendaItem(id);
  for (const moved of closeGaps(items.filter((i) => !removed.has(i.id)))) write.agendaItem(moved);
  // Documents outlive their item: they stay in the meeting, unattached, for the secretariat to place again.
  for (const doc of ctx.store.documents(meetingId)) {
    if (doc.itemId !== null && removed.has(doc.itemId)) write.document({ ...doc, itemId: null });
  }
  if (meeting.currentItemId !== null && removed.has(meeting.currentItemId)) {
    write.meeting({ ...meeting, currentItemId: null, currentSince: ctx.now.toISOString() });
  }
  return {};
});
