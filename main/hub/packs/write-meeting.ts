import type { AgendaItem, Change, Meeting } from '../../../shared/protocol/index.ts';
import { type PackManifest, walkAgenda } from '../../../shared/protocol/pack.ts';
import { createWriter } from '../kernel/writer.ts';
import { quorumChange, quorumNow } from '../quorum.ts';
import type { PipelineDeps } from '../pipeline.ts';
import { endedBecause } from '../sessions.ts';
import { PackError } from './problems.ts';

export interface WrittenMeeting {
  meetingId: string;
  revision: number;
  changes: Change[];
  replaced: boolean;
}

/** The change log's name for an import; not a socket command, so no client can send it. */
export const IMPORT_COMMAND = 'pack.import';

/**
 * Writes a checked pack's meeting in ONE SQLite transaction, through the same writer the commands use:
 * every entity is stored and recorded as a change, the revision rises by exactly one, and the change log
 * gets one row, so a tablet following the meeting catches up with one `meeting.changed` like after any command.
 * With `replace`, what the pack does not hold is removed (and recorded as deleted); ids the pack keeps are
 * updated in place, so a delegate who keeps their id keeps their badge and attendance.
 * The blobs must already be in the store (their rows are written here, before the documents that point at them).
 */
export function writePackedMeeting(
  deps: PipelineDeps,
  manifest: PackManifest,
  options: { replace: boolean; actor: string; now: Date },
): WrittenMeeting {
  const { store } = deps;
  const at = options.now.toISOString();
  const m = manifest.meeting;
  const ended: string[] = [];
  const written = store.transaction((): WrittenMeeting => {
    const changes: Change[] = [];
    const existing = store.getMeeting(m.id);
    if (existing && !options.replace) {
      throw new PackError('conflict', [{ entry: null, message: `meeting "${m.id}" exists already on this hub: import with replace to replace it` }]);
    }
    const quorumBefore = existing ? quorumNow(store, m.id) : null;
    const write = createWriter(store, m.id, (change) => changes.push(change));
    const items = walkAgenda(manifest.agenda);
    const itemIds = new Set(items.map((i) => i.item.id));

    const keepsCurrent = existing?.currentItemId != null && itemIds.has(existing.currentItemId);
    const meeting: Meeting = {
      id: m.id,
      title: m.title,
      date: m.date,
      place: m.place,
      quorumRule: m.quorumRule,
      status: existing?.status ?? 'draft',
      currentItemId: keepsCurrent ? existing!.currentItemId : null,
      currentSince: keepsCurrent ? existing!.currentSince : existing?.currentItemId ? at : null,
    };
    if (!existing) store.insertMeeting(meeting, at);
    write.meeting(meeting);

    for (const doc of manifest.documents) {
      store.putBlob({ sha256: doc.sha256, bytes: doc.bytes, pages: doc.pages, mediaType: 'application/pdf', createdAt: at });
    }

    if (existing) {
      const docIds = new Set(manifest.documents.map((d) => d.id));
      const delegateIds = new Set(manifest.delegates.map((d) => d.id));
      for (const doc of store.documents(m.id)) if (!docIds.has(doc.id)) write.removeDocument(doc.id);
      for (const item of store.agendaItems(m.id)) if (!itemIds.has(item.id)) write.removeAgendaItem(item.id);
      for (const delegate of store.delegates(m.id)) {
        if (delegateIds.has(delegate.id)) continue;
        write.removeDelegate(delegate.id);
        if (store.getAttendance(m.id, delegate.id)) write.removeAttendance(delegate.id);
        // As with delegate.remove: their badge stops working and their tablet sessions end.
        for (const s of store.liveDelegateSessions(m.id, delegate.id, at)) {
          store.endSession(s.tokenHash, at, 'removed');
          ended.push(s.tokenHash);
        }
      }
    }

    const siblings = new Map<string | null, number>();
    for (const { item, parentId } of items) {
      const position = siblings.get(parentId) ?? 0;
      siblings.set(parentId, position + 1);
      const row: AgendaItem = { id: item.id, parentId, position, title: item.title, description: item.description, durationMinutes: item.durationMinutes };
      write.agendaItem(row);
    }
    const docPositions = new Map<string | null, number>();
    for (const doc of manifest.documents) {
      const position = docPositions.get(doc.itemId) ?? 0;
      docPositions.set(doc.itemId, position + 1);
      // Versions are the hub's history of a document, not part of a pack: an id kept keeps its version.
      const before = existing ? store.getDocument(m.id, doc.id) : null;
      write.document({ ...doc, position, version: before?.version ?? 1, updatedAt: before?.updatedAt ?? null, previousVersions: before?.previousVersions ?? [] });
    }
    for (const d of manifest.delegates) write.delegate({ ...d, fullName: d.fullName.normalize('NFC'), badgeSerial: 0 });

    const moved = quorumChange(store, m.id, quorumBefore);
    if (moved) changes.push(moved);
    const revision = store.bumpRevision(m.id);
    store.appendChanges(m.id, { revision, changes, command: IMPORT_COMMAND, actor: options.actor, at });
    return { meetingId: m.id, revision, changes, replaced: existing !== null };
  });
  if (ended.length > 0) deps.services.endLiveSessions(ended, endedBecause('removed'));
  deps.broadcast(written.meetingId, written.revision, written.changes);
  return written;
}
