import { defineHandler, requireDocument } from '../context.ts';

export default defineHandler('document.remove', (ctx, { meetingId, documentId }) => {
  requireDocument(ctx, meetingId, documentId);
  ctx.writer(meetingId).removeDocument(documentId);
  return {};
});
