import { placeItem, subtreeIds } from '../../../../shared/domain/agenda.ts';
import { CommandError, defineHandler, requireAgendaItem } from '../context.ts';

export default defineHandler('agenda.move', (ctx, { meetingId, itemId, parentId, position }) => {
  const item = requireAgendaItem(ctx, meetingId, itemId);
  const items = ctx.store.agendaItems(meetingId);
  if (parentId !== null) {
    requireAgendaItem(ctx, meetingId, parentId);
    if (subtreeIds(items, itemId).has(parentId)) {
      throw new CommandError('conflict', 'An agenda item cannot be moved under itself or one of its sub-items.', { reason: 'item_under_itself' });
    }
  }
  const write = ctx.writer(meetingId);
  for (const placed of placeItem(items, item, parentId, position)) write.agendaItem(placed);
  return {};
});
