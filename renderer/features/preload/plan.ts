import { agendaTree, flattenAgenda } from '../../../shared/domain/agenda.ts';
import { keptWithoutReader } from '../../../shared/domain/access.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import type { MeetingRecord, RecordedDocument } from './library.ts';

/** One document the device should hold: its current version. */
export interface PlanDocument extends RecordedDocument {
  title: string;
  /** Replaced after the meeting was published: shown "updated" until this device opens the new version. */
  updatedAt: string | null;
}

/** What the device should hold for a meeting, in download order. */
export interface Plan {
  meetingId: string;
  status: MeetingRecord['status'];
  documents: PlanDocument[];
}

/**
 * The documents of a snapshot (the hub sends only those this reader may see), in the order worth having
 * them: new versions of documents replaced after publication first, then the item under discussion, the
 * meeting's general documents, and the rest in agenda order.
 */
export function planOf(snapshot: MeetingSnapshot): Plan {
  const order = new Map<string | null, number>([[snapshot.meeting.currentItemId, -2], [null, -1]]);
  flattenAgenda(agendaTree(snapshot.agendaItems)).forEach((node, index) => {
    if (!order.has(node.item.id)) order.set(node.item.id, index);
  });
  const rank = (itemId: string | null) => order.get(itemId) ?? Number.MAX_SAFE_INTEGER;
  const documents = [...snapshot.documents].sort(
    (a, b) =>
      Number(b.updatedAt !== null) - Number(a.updatedAt !== null) ||
      rank(a.itemId) - rank(b.itemId) ||
      a.position - b.position ||
      a.title.localeCompare(b.title),
  );
  return {
    meetingId: snapshot.meeting.id,
    status: snapshot.meeting.status,
    documents: documents.map((d) => ({
      documentId: d.id,
      title: d.title,
      sha256: d.sha256,
      bytes: d.bytes,
      restricted: !keptWithoutReader(d.access),
      version: d.version,
      updatedAt: d.updatedAt,
      previous: d.previousVersions.map((v) => v.sha256),
    })),
  };
}

/**
 * The bytes the device keeps: every current version of every meeting it remembers (restricted ones of a
 * purged meeting excepted), and an earlier version while its successor is not yet verified (so the document
 * can still be read offline meanwhile). Everything else is deleted.
 */
export function bytesToKeep(records: readonly MeetingRecord[], verified: (sha256: string) => boolean): Set<string> {
  const keep = new Set<string>();
  for (const record of records) {
    for (const document of record.documents) {
      if (record.status === 'closed' && document.restricted) continue;
      keep.add(document.sha256);
      if (!verified(document.sha256)) for (const sha of document.previous) keep.add(sha);
    }
  }
  return keep;
}

/**
 * What closing a meeting deletes: the bytes of its restricted documents (current and earlier versions),
 * unless the same bytes are open to everyone in another document the device keeps.
 */
export function bytesToPurge(closed: MeetingRecord, records: readonly MeetingRecord[]): string[] {
  const open = new Set<string>();
  for (const record of records) {
    for (const document of record.documents) if (!document.restricted) open.add(document.sha256);
  }
  const purge = new Set<string>();
  for (const document of closed.documents) {
    if (!document.restricted) continue;
    for (const sha of [document.sha256, ...document.previous]) if (!open.has(sha)) purge.add(sha);
  }
  return [...purge];
}

/**
 * What the device deletes when the reader's session ends on it (signed out, moved to another device, expired): the
 * bytes of every restricted document of every meeting it remembers (current and earlier versions, whole or partly
 * downloaded), unless the same bytes are open to everyone in a document it keeps. What stays is what the device may
 * show to anyone (`keptWithoutReader`).
 */
export function bytesToForget(records: readonly MeetingRecord[]): string[] {
  return [...new Set(records.flatMap((record) => bytesToPurge(record, records)))];
}

/** A meeting as the device remembers it once the reader's restricted documents are gone (and which of them she opened). */
export function withoutRestricted(record: MeetingRecord): MeetingRecord {
  const documents = record.documents.filter((d) => !d.restricted);
  const kept = new Set(documents.map((d) => d.documentId));
  const opened = Object.fromEntries(Object.entries(record.opened).filter(([documentId]) => kept.has(documentId)));
  return { ...record, documents, opened };
}
