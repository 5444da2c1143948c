import type { DocumentAccess, MeetingDocument, Presentation } from '../protocol/model.ts';
import { mayRead, type Reader } from './access.ts';

/** Nothing shown: a meeting's presentation before the chair shows a page, and after the chair stops. */
export function noPresentation(meetingId: string, since: string | null = null): Presentation {
  return { id: meetingId, documentId: null, page: null, access: null, hidden: false, since };
}

/** The presentation of `page` of `document`, carrying the document's access so each reader is told only what it may read. */
export function presentationOf(meetingId: string, document: Pick<MeetingDocument, 'id' | 'access'>, page: number, since: string | null): Presentation {
  return { id: meetingId, documentId: document.id, page, access: document.access, hidden: false, since };
}

/**
 * What a reader may know of what the chair shows: everything when it may read the shown document, else only that
 * something it may not read is shown (no document, no page, no access: a title or a page count could say too much).
 */
export function visiblePresentation(reader: Reader, presentation: Presentation): Presentation {
  if (presentation.documentId === null || presentation.access === null) return presentation;
  if (mayRead(reader, presentation.access)) return presentation;
  return { id: presentation.id, documentId: null, page: null, access: null, hidden: true, since: presentation.since };
}

/**
 * A page is shown that some tablets may not read (a restricted document): the hub tells them only that something is
 * shown. Said to the chair and the secretariat, who see everything, so they know the room does not see it all.
 */
export function shownToSomeOnly(presentation: Pick<Presentation, 'documentId' | 'access'>): boolean {
  return presentation.documentId !== null && presentation.access !== null && presentation.access.kind !== 'all';
}

/**
 * The presentation after the shown document was written again (`document` null: removed). Its access moved: the
 * presentation carries the new one; it lost pages: the last page is shown; it went: nothing is shown. Null when
 * the presentation does not change.
 */
export function presentationAfterDocument(
  presentation: Presentation,
  documentId: string,
  document: { access: DocumentAccess; pages: number } | null,
  now: string,
): Presentation | null {
  if (presentation.documentId !== documentId) return null;
  if (!document) return noPresentation(presentation.id, now);
  const page = Math.min(presentation.page ?? 1, document.pages);
  if (page === presentation.page && JSON.stringify(document.access) === JSON.stringify(presentation.access)) return null;
  return { ...presentation, page, access: document.access };
}
