import type { Change, MeetingSnapshot } from '../protocol/model.ts';
import { mayRead, type Reader } from './access.ts';

/**
 * What a reader may see of a change. A document the reader may not read is sent as a deletion,
 * so that a document made restricted disappears from screens that showed it.
 */
export function visibleChange(reader: Reader, change: Change): Change {
  if (change.collection === 'document' && change.value !== null && !mayRead(reader, change.value.access)) {
    return { collection: 'document', id: change.id, value: null };
  }
  return change;
}

export function visibleSnapshot(reader: Reader, snapshot: MeetingSnapshot): MeetingSnapshot {
  return { ...snapshot, documents: snapshot.documents.filter((d) => mayRead(reader, d.access)) };
}
