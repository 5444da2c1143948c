import type { Annotation, AnnotationBody, AnnotationCarried, DocumentAccess } from '../../../shared/protocol/index.ts';
import type { TextRun } from '../../../shared/domain/annotations/index.ts';
import type { StoreSql } from './sql.ts';

/** Delegates' annotations (one row each, tombstones kept), the carries to new document versions, and PDFs' page texts. */

/** An annotation as stored: what the protocol sends, and whether it was ever shown to others and its size. */
export interface AnnotationRecord extends Annotation {
  wasShared: boolean;
  bytes: number;
}

/** An annotation to push, with its document's access (null for an item note): who may see it follows from both. */
export interface AnnotationPush {
  record: AnnotationRecord;
  access: DocumentAccess | null;
  /** Who saw it before this change (its visibility then; null: it did not exist or was removed): they are told it is gone. */
  before: Annotation['visibility'] | null;
}

/** A replaced document's annotations waiting to be carried (or carried) from one version to the next. */
export interface AnnotationCarryJob {
  meetingId: string;
  documentId: string;
  fromSha256: string;
  fromVersion: number;
  toSha256: string;
  createdAt: string;
}

export interface AnnotationStatements {
  getAnnotation(meetingId: string, id: string): AnnotationRecord | null;
  /** Writes the row whole (made or changed); the caller sets rev and seq. */
  putAnnotation(record: AnnotationRecord): void;
  /** The seq the meeting's next annotation change takes. */
  nextAnnotationSeq(meetingId: string): number;
  /**
   * Changes after `since`, oldest first, that someone other than their owner may see or have seen (shared now or
   * once), and all of `ownerId`'s own when given. The caller decides who sees which.
   */
  annotationsSince(meetingId: string, since: number, limit: number, ownerId: string | null): AnnotationRecord[];
  /** How many annotations a delegate keeps in a meeting (tombstones not counted), and their bodies' bytes. */
  annotationUsage(meetingId: string, delegateId: string): { count: number; bytes: number };
  /** The live annotations on one version of a document. */
  annotationsOnVersion(meetingId: string, documentId: string, sha256: string): AnnotationRecord[];
  addAnnotationCarry(job: AnnotationCarryJob): void;
  pendingAnnotationCarries(): AnnotationCarryJob[];
  /** The carry of a document's annotations from this version, once done. */
  annotationCarryFrom(meetingId: string, documentId: string, fromSha256: string): (AnnotationCarryJob & { doneAt: string | null }) | null;
  finishAnnotationCarry(job: AnnotationCarryJob, doneAt: string, error: string | null): void;
  getDocumentText(sha256: string): TextRun[][] | null;
  putDocumentText(sha256: string, pages: TextRun[][], readAt: string): void;
}

interface AnnotationDbRow {
  meeting_id: string;
  id: string;
  delegate_id: string;
  document_id: string | null;
  sha256: string | null;
  item_id: string | null;
  kind: Annotation['kind'];
  visibility: Annotation['visibility'];
  body: string;
  bytes: number;
  rev: number;
  seq: number;
  deleted: number;
  was_shared: number;
  carried: string | null;
  updated_at: string;
}

interface CarryDbRow {
  meeting_id: string;
  document_id: string;
  from_sha256: string;
  from_version: number;
  to_sha256: string;
  created_at: string;
  done_at: string | null;
}

const recordOf = (r: AnnotationDbRow): AnnotationRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  delegateId: r.delegate_id,
  documentId: r.document_id,
  sha256: r.sha256,
  itemId: r.item_id,
  kind: r.kind,
  visibility: r.visibility,
  body: JSON.parse(r.body) as AnnotationBody,
  rev: r.rev,
  seq: r.seq,
  deleted: r.deleted === 1,
  carried: r.carried === null ? null : (JSON.parse(r.carried) as AnnotationCarried),
  updatedAt: r.updated_at,
  wasShared: r.was_shared === 1,
  bytes: r.bytes,
});

const jobOf = (r: CarryDbRow) => ({
  meetingId: r.meeting_id,
  documentId: r.document_id,
  fromSha256: r.from_sha256,
  fromVersion: r.from_version,
  toSha256: r.to_sha256,
  createdAt: r.created_at,
  doneAt: r.done_at,
});

export function annotationStatements({ all, get, run }: StoreSql): AnnotationStatements {
  return {
    getAnnotation: (meetingId, id) => {
      const row = get<AnnotationDbRow>('SELECT * FROM annotations WHERE meeting_id = ? AND id = ?', meetingId, id);
      return row ? recordOf(row) : null;
    },
    putAnnotation: (a) =>
      void run(
        `INSERT INTO annotations (meeting_id, id, delegate_id, document_id, sha256, item_id, kind, visibility, body, bytes, rev, seq, deleted, was_shared, carried, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET document_id = excluded.document_id, sha256 = excluded.sha256, item_id = excluded.item_id,
           kind = excluded.kind, visibility = excluded.visibility, body = excluded.body, bytes = excluded.bytes, rev = excluded.rev,
           seq = excluded.seq, deleted = excluded.deleted, was_shared = excluded.was_shared, carried = excluded.carried, updated_at = excluded.updated_at`,
        a.meetingId, a.id, a.delegateId, a.documentId, a.sha256, a.itemId, a.kind, a.visibility, JSON.stringify(a.body), a.bytes,
        a.rev, a.seq, a.deleted ? 1 : 0, a.wasShared ? 1 : 0, a.carried === null ? null : JSON.stringify(a.carried), a.updatedAt,
      ),
    nextAnnotationSeq: (meetingId) =>
      (get<{ seq: number | null }>('SELECT max(seq) AS seq FROM annotations WHERE meeting_id = ?', meetingId)?.seq ?? 0) + 1,
    annotationsSince: (meetingId, since, limit, ownerId) =>
      all<AnnotationDbRow>(
        `SELECT * FROM annotations WHERE meeting_id = ? AND seq > ? AND (delegate_id = ? OR visibility <> 'private' OR was_shared = 1)
         ORDER BY seq LIMIT ?`,
        meetingId, since, ownerId ?? '', limit,
      ).map(recordOf),
    annotationUsage: (meetingId, delegateId) =>
      get<{ count: number; bytes: number | null }>(
        'SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM annotations WHERE meeting_id = ? AND delegate_id = ? AND deleted = 0',
        meetingId, delegateId,
      ) as { count: number; bytes: number },
    annotationsOnVersion: (meetingId, documentId, sha256) =>
      all<AnnotationDbRow>(
        'SELECT * FROM annotations WHERE meeting_id = ? AND document_id = ? AND sha256 = ? AND deleted = 0 ORDER BY seq',
        meetingId, documentId, sha256,
      ).map(recordOf),
    addAnnotationCarry: (j) =>
      void run(
        `INSERT OR IGNORE INTO annotation_carries (meeting_id, document_id, from_sha256, from_version, to_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        j.meetingId, j.documentId, j.fromSha256, j.fromVersion, j.toSha256, j.createdAt,
      ),
    pendingAnnotationCarries: () =>
      all<CarryDbRow>('SELECT * FROM annotation_carries WHERE done_at IS NULL ORDER BY created_at').map(jobOf),
    annotationCarryFrom: (meetingId, documentId, fromSha256) => {
      const row = get<CarryDbRow>(
        'SELECT * FROM annotation_carries WHERE meeting_id = ? AND document_id = ? AND from_sha256 = ? ORDER BY created_at DESC LIMIT 1',
        meetingId, documentId, fromSha256,
      );
      return row ? jobOf(row) : null;
    },
    finishAnnotationCarry: (j, doneAt, error) =>
      void run(
        'UPDATE annotation_carries SET done_at = ?, error = ? WHERE meeting_id = ? AND document_id = ? AND from_sha256 = ? AND to_sha256 = ?',
        doneAt, error, j.meetingId, j.documentId, j.fromSha256, j.toSha256,
      ),
    getDocumentText: (sha256) => {
      const row = get<{ pages: string }>('SELECT pages FROM document_texts WHERE sha256 = ?', sha256);
      return row ? (JSON.parse(row.pages) as TextRun[][]) : null;
    },
    putDocumentText: (sha256, pages, readAt) =>
      void run('INSERT OR REPLACE INTO document_texts (sha256, pages, read_at) VALUES (?, ?, ?)', sha256, JSON.stringify(pages), readAt),
  };
}
