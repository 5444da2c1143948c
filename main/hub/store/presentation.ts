import { DocumentAccess, type Presentation } from '../../../shared/protocol/index.ts';
import { noPresentation } from '../../../shared/domain/presentation.ts';
import type { StoreSql } from './sql.ts';

/** What the chair shows the room, one row per meeting (follow the chair). */
export interface PresentationStatements {
  /** The meeting's presentation with the shown document's access as it is now; nothing shown when there is no row. */
  getPresentation(meetingId: string): Presentation;
  putPresentation(value: Presentation): void;
}

interface PresentationRow {
  document_id: string | null;
  page: number | null;
  since: string;
  access: string | null;
}

export function presentationStatements({ get, run }: StoreSql): PresentationStatements {
  return {
    getPresentation: (meetingId) => {
      const row = get<PresentationRow>(
        `SELECT p.document_id, p.page, p.since, d.access FROM presentations p
         LEFT JOIN documents d ON d.meeting_id = p.meeting_id AND d.id = p.document_id
         WHERE p.meeting_id = ?`,
        meetingId,
      );
      if (!row) return noPresentation(meetingId);
      // A shown document that is gone (removed by a path that did not clear it) shows nothing rather than a dangling id.
      if (row.document_id === null || row.page === null || row.access === null) return noPresentation(meetingId, row.since);
      return { id: meetingId, documentId: row.document_id, page: row.page, access: DocumentAccess.parse(JSON.parse(row.access)), hidden: false, since: row.since };
    },
    putPresentation: (p) =>
      void run(
        'INSERT OR REPLACE INTO presentations (meeting_id, document_id, page, since) VALUES (?, ?, ?, ?)',
        p.id, p.documentId, p.page, p.since ?? new Date().toISOString(),
      ),
  };
}
