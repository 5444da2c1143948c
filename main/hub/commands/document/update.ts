import { defineHandler, requireAgendaItem, requireDocument } from '../context.ts';

export default defineHandler('document.update', (ctx, { meetingId, documentId, title, itemId, access }) => {
  const doc = requireDocument(ctx, meetingId, documentId);
  if (itemId !== undefined && itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  const movesItem = itemId !== undefined && itemId !== doc.itemId;
  const position = movesItem ? ctx.store.documents(meetingId).filter((d) => d.itemId === itemId).length : doc.position;
  ctx.writer(meetingId).document({
    ...doc,
    title: title ?? doc.title,
    itemId: itemId === undefined ? doc.itemId : itemId,
    access: access ?? doc.access,
    position,
  });
  return {};
});
