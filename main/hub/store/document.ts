import { DocumentAccess, type DocumentVersion, type MeetingDocument } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** A meeting's documents and their earlier versions; sizes and page counts come from the blob each points at. */
export interface DocumentStatements {
  documents(meetingId: string): MeetingDocument[];
  getDocument(meetingId: string, id: string): MeetingDocument | null;
  putDocument(meetingId: string, doc: MeetingDocument): void;
  deleteDocument(meetingId: string, id: string): void;
  /** Every meeting document that points at these bytes (access is decided per document). */
  documentsBySha256(sha256: string): { meetingId: string; document: MeetingDocument }[];
  /** Every meeting document one of whose earlier versions is these bytes. */
  documentsByPreviousSha256(sha256: string): { meetingId: string; document: MeetingDocument }[];
  /** Records an earlier version of a document (its bytes stay addressable; readers of the document may fetch them). */
  addDocumentVersion(meetingId: string, documentId: string, version: DocumentVersion): void;
}

interface DocumentRow {
  meeting_id: string;
  id: string;
  item_id: string | null;
  title: string;
  sha256: string;
  access: string;
  position: number;
  bytes: number;
  pages: number;
  version: number;
  updated_at: string | null;
}
interface VersionRow {
  document_id: string;
  version: number;
  sha256: string;
  replaced_at: string;
  bytes: number;
  pages: number;
}

const documentOf = (r: DocumentRow, previousVersions: DocumentVersion[]): MeetingDocument => ({
  id: r.id,
  itemId: r.item_id,
  title: r.title,
  sha256: r.sha256,
  pages: r.pages,
  bytes: r.bytes,
  access: DocumentAccess.parse(JSON.parse(r.access)),
  position: r.position,
  version: r.version,
  updatedAt: r.updated_at,
  previousVersions,
});
const versionOf = (r: VersionRow): DocumentVersion => ({
  version: r.version,
  sha256: r.sha256,
  pages: r.pages,
  bytes: r.bytes,
  replacedAt: r.replaced_at,
});

const DOCUMENT_SELECT = `SELECT d.meeting_id, d.id, d.item_id, d.title, d.sha256, d.access, d.position, d.version, d.updated_at, b.bytes, b.pages
  FROM documents d JOIN blobs b ON b.sha256 = d.sha256`;

const VERSION_SELECT = `SELECT v.document_id, v.version, v.sha256, v.replaced_at, b.bytes, b.pages
  FROM document_versions v JOIN blobs b ON b.sha256 = v.sha256`;

export function documentStatements({ all, get, run }: StoreSql): DocumentStatements {
  /** The earlier versions of one document, oldest first. */
  const versionsOf = (meetingId: string, documentId: string) =>
    all<VersionRow>(`${VERSION_SELECT} WHERE v.meeting_id = ? AND v.document_id = ? ORDER BY v.version`, meetingId, documentId).map(versionOf);
  /** Documents with their earlier versions, read with one query per meeting rather than one per document. */
  const withVersions = (meetingId: string, rows: DocumentRow[]): MeetingDocument[] => {
    const byDocument = new Map<string, DocumentVersion[]>();
    for (const v of all<VersionRow>(`${VERSION_SELECT} WHERE v.meeting_id = ? ORDER BY v.document_id, v.version`, meetingId)) {
      const list = byDocument.get(v.document_id) ?? [];
      list.push(versionOf(v));
      byDocument.set(v.document_id, list);
    }
    return rows.map((r) => documentOf(r, byDocument.get(r.id) ?? []));
  };
  const located = (r: DocumentRow) => ({ meetingId: r.meeting_id, document: documentOf(r, versionsOf(r.meeting_id, r.id)) });

  return {
    documents: (meetingId) =>
      withVersions(meetingId, all<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.meeting_id = ? ORDER BY d.item_id, d.position`, meetingId)),
    getDocument: (meetingId, id) => {
      const row = get<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.meeting_id = ? AND d.id = ?`, meetingId, id);
      return row ? documentOf(row, versionsOf(meetingId, id)) : null;
    },
    // previousVersions is not written here: earlier versions are added one by one with addDocumentVersion.
    putDocument: (meetingId, d) =>
      void run(
        `INSERT INTO documents (meeting_id, id, item_id, title, sha256, access, position, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET item_id = excluded.item_id, title = excluded.title,
           sha256 = excluded.sha256, access = excluded.access, position = excluded.position,
           version = excluded.version, updated_at = excluded.updated_at`,
        meetingId, d.id, d.itemId, d.title, d.sha256, JSON.stringify(d.access), d.position, d.version, d.updatedAt,
      ),
    deleteDocument: (meetingId, id) => {
      // Its earlier versions go with it: nobody may fetch them through a document that is gone.
      run('DELETE FROM document_versions WHERE meeting_id = ? AND document_id = ?', meetingId, id);
      run('DELETE FROM documents WHERE meeting_id = ? AND id = ?', meetingId, id);
    },
    documentsBySha256: (sha256) => all<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.sha256 = ?`, sha256).map(located),
    documentsByPreviousSha256: (sha256) =>
      all<DocumentRow>(
        // Found from the versions by their sha256 index (an EXISTS per document scanned every document of every meeting).
        `${DOCUMENT_SELECT} WHERE (d.meeting_id, d.id) IN (SELECT meeting_id, document_id FROM document_versions WHERE sha256 = ?)`,
        sha256,
      ).map(located),
    addDocumentVersion: (meetingId, documentId, v) =>
      void run(
        'INSERT INTO document_versions (meeting_id, document_id, version, sha256, replaced_at) VALUES (?, ?, ?, ?, ?)',
        meetingId, documentId, v.version, v.sha256, v.replacedAt,
      ),
  };
}
