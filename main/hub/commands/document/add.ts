import { requireCheckedPdf } from './blob.ts';
import { defineHandler, newId, requireAgendaItem, requireOpenMeeting } from '../context.ts';

export default defineHandler('document.add', (ctx, { meetingId, itemId, title, sha256, access }) => {
  requireOpenMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  const blob = requireCheckedPdf(ctx, sha256);
  const position = ctx.store.documents(meetingId).filter((d) => d.itemId === itemId).length;
  const id = newId();
  ctx.writer(meetingId).document({
    id,
    itemId,
    title,
    sha256,
    access,
    position,
    pages: blob.pages,
    bytes: blob.bytes,
    version: 1,
    updatedAt: null,
    previousVersions: [],
  });
  return { documentId: id };
});
