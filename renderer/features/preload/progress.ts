// Each document's progress on this device, as the tablet's screens show it.
import type { FailureKind } from './download.ts';
import type { MeetingRecord } from './library.ts';
import type { Plan, PlanDocument } from './plan.ts';

export type FileState = 'queued' | 'downloading' | 'done' | 'failed';

export interface Failure {
  kind: FailureKind;
  message: string;
}

/** One document as the tablet shows it. */
export interface DocumentProgress extends PlanDocument {
  state: FileState;
  bytesDone: number;
  error: Failure | null;
  /** When the next automatic attempt is due (failed only); null when it waits for the reader or the link. */
  retryAt: number | null;
  /** Replaced after publication and this device has not opened the new version yet. */
  updated: boolean;
}

export interface PreloadView {
  meetingId: string | null;
  /** `idle`: nothing to do (no meeting, nobody signed in); `waiting`: the meeting is not published yet. */
  phase: 'idle' | 'waiting' | 'active' | 'closed';
  documents: DocumentProgress[];
  total: number;
  done: number;
  failed: number;
  bytesTotal: number;
  bytesDone: number;
  /** When the restricted documents of the (closed) meeting were deleted from this device. */
  purgedAt: string | null;
}

/** What the preloader knows of one file while it runs. */
export interface FileRuntime {
  state: FileState;
  bytesDone: number;
  error: Failure | null;
  attempts: number;
  retryAt: number | null;
}

/** The view of the followed meeting's documents: the plan's, each with the progress of its file on this device. */
export function viewOf(plan: Plan | null, record: MeetingRecord | null, files: ReadonlyMap<string, FileRuntime>): PreloadView {
  if (!plan) return { ...emptyView(), purgedAt: null };
  const opened = record?.opened ?? {};
  const documents = plan.documents.map((document): DocumentProgress => {
    const file = files.get(document.sha256) ?? { state: 'queued', bytesDone: 0, error: null, retryAt: null };
    return {
      ...document,
      state: file.state,
      bytesDone: Math.min(file.bytesDone, document.bytes),
      error: file.error,
      retryAt: file.retryAt,
      updated: document.updatedAt !== null && (opened[document.documentId] ?? 0) < document.version,
    };
  });
  return {
    meetingId: plan.meetingId,
    phase: plan.status === 'published' ? 'active' : plan.status === 'closed' ? 'closed' : 'waiting',
    documents,
    total: documents.length,
    done: documents.filter((d) => d.state === 'done').length,
    failed: documents.filter((d) => d.state === 'failed').length,
    bytesTotal: documents.reduce((sum, d) => sum + d.bytes, 0),
    bytesDone: documents.reduce((sum, d) => sum + d.bytesDone, 0),
    purgedAt: record?.purgedAt ?? null,
  };
}

export function emptyView(): PreloadView {
  return { meetingId: null, phase: 'idle', documents: [], total: 0, done: 0, failed: 0, bytesTotal: 0, bytesDone: 0, purgedAt: null };
}
