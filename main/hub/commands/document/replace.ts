import { requireCheckedPdf } from './blob.ts';
import { CommandError, defineHandler, requireDocument, requireOpenMeeting } from '../context.ts';

/**
 * A new version of a document: the current bytes become an earlier version (still addressable by their sha256
 * for whoever may read the document), the version number rises, and once the meeting is published `updatedAt`
 * tells the tablets to mark it "updated". Its annotations are carried to the new version (annotations/carrier.ts).
 */
export default defineHandler('document.replace', (ctx, { meetingId, documentId, sha256 }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  const doc = requireDocument(ctx, meetingId, documentId);
  if (doc.sha256 === sha256) {
    throw new CommandError('conflict', `"${doc.title}" is already this file (version ${doc.version}); upload the new version first.`, {
      reason: 'same_file',
      params: { title: doc.title, version: doc.version },
    });
  }
  const blob = requireCheckedPdf(ctx, sha256);
  const at = ctx.now.toISOString();
  ctx.store.addDocumentVersion(meetingId, documentId, { version: doc.version, sha256: doc.sha256, pages: doc.pages, bytes: doc.bytes, replacedAt: at });
  const version = doc.version + 1;
  ctx.writer(meetingId).document({
    ...doc,
    sha256,
    pages: blob.pages,
    bytes: blob.bytes,
    version,
    updatedAt: meeting.status === 'published' ? at : null,
  });
  // The annotations on the replaced version go to the new one once, at the hub, after its text is read (durable:
  // a hub stopped before then carries them at its next start).
  ctx.store.addAnnotationCarry({ meetingId, documentId, fromSha256: doc.sha256, fromVersion: doc.version, toSha256: sha256, createdAt: at });
  ctx.afterCommit(() => ctx.services.carryAnnotations());
  ctx.logger.info({ meetingId, documentId, version, sha256 }, 'document replaced');
  return { version };
});
