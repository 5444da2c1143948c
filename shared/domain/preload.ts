import type { PreloadDevice, PreloadReportDocument } from '../protocol/commands/preload.ts';
import type { MeetingDocument, MeetingStatus } from '../protocol/model.ts';
import type { Reader } from './access.ts';
import { mayFetch } from './publication.ts';

/** What the hub knows about one device for one meeting, to be summed up as a `PreloadDevice` row. */
export interface PreloadDeviceFacts {
  deviceId: string;
  deviceName: string;
  delegateId: string | null;
  delegateName: string | null;
  online: boolean;
  meetingStatus: MeetingStatus;
  /** The meeting's documents now (current versions). */
  documents: readonly MeetingDocument[];
  /** Who reads on the device now (the signed-in delegate), or null when nobody is signed in on it. */
  reader: Reader | null;
  /** Its last report, or null when it has not reported yet. */
  report: { documents: readonly PreloadReportDocument[]; reportedAt: string; purgedAt: string | null; forgottenAt?: string | null } | null;
}

/**
 * One device's preload state as the chair and the secretariat see it. The documents counted are those the device
 * reported that the meeting still holds, plus those the signed-in delegate may fetch that it has not reported yet
 * (queued). A document counts as done only for its current version: a device that holds an earlier version of a
 * replaced document still has it to fetch. Once the meeting is closed only open documents count, and a device that
 * reported a restricted document done must purge until it reports that it has.
 */
export function summarisePreload(facts: PreloadDeviceFacts): PreloadDevice {
  const { documents, report, reader, meetingStatus } = facts;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const counted = (d: MeetingDocument) => meetingStatus !== 'closed' || d.access.kind === 'all';
  const rows = new Map<string, { document: MeetingDocument; entry: PreloadReportDocument | null }>();
  for (const entry of report?.documents ?? []) {
    const document = byId.get(entry.documentId);
    if (document && counted(document)) rows.set(document.id, { document, entry });
  }
  if (reader) {
    for (const document of documents) {
      if (!rows.has(document.id) && mayFetch(reader, meetingStatus, document.access)) rows.set(document.id, { document, entry: null });
    }
  }

  let documentsDone = 0;
  let bytesTotal = 0;
  let bytesDone = 0;
  const failed: PreloadDevice['failed'] = [];
  for (const { document, entry } of rows.values()) {
    bytesTotal += document.bytes;
    if (!entry || entry.sha256 !== document.sha256) continue;
    if (entry.state === 'done') {
      documentsDone++;
      bytesDone += document.bytes;
    } else {
      bytesDone += Math.min(entry.bytesDone, document.bytes);
      if (entry.state === 'failed') {
        failed.push({ documentId: document.id, title: document.title, error: entry.error ?? 'no reason given', kind: entry.errorKind });
      }
    }
  }

  const heldRestricted = (report?.documents ?? []).some((entry) => {
    const document = byId.get(entry.documentId);
    return entry.state === 'done' && !!document && document.access.kind !== 'all';
  });
  return {
    deviceId: facts.deviceId,
    deviceName: facts.deviceName,
    delegateId: facts.delegateId,
    delegateName: facts.delegateName,
    online: facts.online,
    documentsTotal: rows.size,
    documentsDone,
    bytesTotal,
    bytesDone,
    failed,
    reportedAt: report?.reportedAt ?? null,
    purgedAt: report?.purgedAt ?? null,
    forgottenAt: report?.forgottenAt ?? null,
    mustPurge: meetingStatus === 'closed' && heldRestricted && !report?.purgedAt,
  };
}
