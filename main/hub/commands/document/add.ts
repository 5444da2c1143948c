import { CommandError, defineHandler, newId, requireAgendaItem, requireMeeting } from '../context.ts';

export default defineHandler('document.add', (ctx, { meetingId, itemId, title, sha256, access }) => {
  requireMeeting(ctx, meetingId);
  if (itemId !== null) requireAgendaItem(ctx, meetingId, itemId);
  const blob = ctx.store.getBlob(sha256);
  if (!blob) {
    throw new CommandError('not_found', `The hub holds no file with sha256 ${sha256}; upload it with POST /api/documents first.`);
  }
  const position = ctx.store.documents(meetingId).filter((d) => d.itemId === itemId).length;
  const id = newId();
  ctx.writer(meetingId).document({ id, itemId, title, sha256, access, position, pages: blob.pages, bytes: blob.bytes });
  return { documentId: id };
});
