import type { Change, MeetingSnapshot } from '../protocol/model.ts';

function upsert<T extends { id: string }>(list: readonly T[], id: string, value: T | null): T[] {
  const rest = list.filter((e) => e.id !== id);
  return value === null ? rest : [...rest, value];
}

/**
 * Applies the changes of one revision to a snapshot, returning a new snapshot.
 * The hub's `meeting.changed` pushes and `meeting.open` deltas are replayed with this, so a client
 * that missed pushes and asks for what it missed ends with the same state as one that never left.
 */
export function applyChanges(snapshot: MeetingSnapshot, revision: number, changes: readonly Change[]): MeetingSnapshot {
  let next: MeetingSnapshot = { ...snapshot, revision };
  for (const change of changes) {
    switch (change.collection) {
      case 'meeting':
        // A meeting is never deleted while followed; a null here would leave the client with nothing to show.
        if (change.value !== null) next = { ...next, meeting: change.value };
        break;
      case 'agendaItem':
        next = { ...next, agendaItems: upsert(next.agendaItems, change.id, change.value) };
        break;
      case 'document':
        next = { ...next, documents: upsert(next.documents, change.id, change.value) };
        break;
      case 'delegate':
        next = { ...next, delegates: upsert(next.delegates, change.id, change.value) };
        break;
      case 'attendance':
        next = { ...next, attendance: upsert(next.attendance, change.id, change.value) };
        break;
      case 'quorum':
        next = { ...next, quorum: change.value };
        break;
    }
  }
  return next;
}
