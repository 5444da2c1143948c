import { noPresentation, presentationOf } from '../../../../shared/domain/presentation.ts';
import { CommandError } from '../../kernel/command-error.ts';
import { defineHandler, requireDocument, requireOpenMeeting } from '../context.ts';

export default defineHandler('presentation.show', (ctx, { meetingId, documentId, page }) => {
  requireOpenMeeting(ctx, meetingId);
  const since = ctx.now.toISOString();
  if (documentId === null) {
    if (ctx.store.getPresentation(meetingId).documentId !== null) ctx.writer(meetingId).presentation(noPresentation(meetingId, since));
    return {};
  }
  const document = requireDocument(ctx, meetingId, documentId);
  if (page > document.pages) {
    throw new CommandError('bad_request', `"${document.title}" has ${document.pages} pages: there is no page ${page}.`, {
      reason: 'page_beyond',
      params: { title: document.title, page, pages: document.pages },
    });
  }
  const shown = ctx.store.getPresentation(meetingId);
  // The same page again (a second tap, a retry) changes nothing, so it raises no revision and moves no tablet.
  if (shown.documentId === documentId && shown.page === page) return {};
  ctx.writer(meetingId).presentation(presentationOf(meetingId, document, page, since));
  return {};
});
