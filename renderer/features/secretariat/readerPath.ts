/** The secretariat's reader for a document (where it shows pages to the room), at a page when given. */
export function readerPath(meetingId: string, documentId: string, page?: number): string {
  const path = `/secretariat/${encodeURIComponent(meetingId)}/documents/${encodeURIComponent(documentId)}`;
  return page && page > 1 ? `${path}?page=${page}` : path;
}
