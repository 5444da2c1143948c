import type { Change, MeetingSnapshot } from '../protocol/model.ts';
import { mayRead, type Reader } from './access.ts';
import { visiblePresentation } from './presentation.ts';

/**
 * Who sees the delegate list and everyone's attendance: the staff. A tablet (a delegate, or a guest) sees only its
 * own delegate record and attendance, and the quorum's counts: a congress's 1,500 tablets need not carry 1,500 names
 * each, nor hear of every check-in at the door.
 */
export function seesDelegateList(reader: Reader): boolean {
  return reader.role !== 'delegate' && reader.role !== 'guest';
}

/**
 * Who reads a meeting the same way: one audience a staff role, a delegate group, or the guests. What differs within
 * one (a delegate's own record) is small and sent to that delegate alone.
 */
export function audienceKey(reader: Reader): string {
  return reader.role === 'delegate' ? `delegate|${reader.group ?? ''}` : reader.role;
}

/** Whether the reader sees this delegate's record and attendance. */
function seesDelegate(reader: Reader, delegateId: string): boolean {
  return seesDelegateList(reader) || (reader.role === 'delegate' && reader.delegateId === delegateId);
}

/**
 * What a reader may see of a change, or null when it is none of the reader's business. A document the reader may not
 * read is sent as a deletion, so that a document made restricted disappears from screens that showed it.
 */
export function visibleChange(reader: Reader, change: Change): Change | null {
  if (change.collection === 'document' && change.value !== null && !mayRead(reader, change.value.access)) {
    return { collection: 'document', id: change.id, value: null };
  }
  if ((change.collection === 'delegate' || change.collection === 'attendance') && !seesDelegate(reader, change.id)) return null;
  if (change.collection === 'presentation') return { ...change, value: visiblePresentation(reader, change.value) };
  return change;
}

export function visibleChanges(reader: Reader, changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  for (const change of changes) {
    const seen = visibleChange(reader, change);
    if (seen) out.push(seen);
  }
  return out;
}

export function visibleSnapshot(reader: Reader, snapshot: MeetingSnapshot): MeetingSnapshot {
  const mine = seesDelegateList(reader) ? null : (id: string) => seesDelegate(reader, id);
  return {
    ...snapshot,
    documents: snapshot.documents.filter((d) => mayRead(reader, d.access)),
    delegates: mine ? snapshot.delegates.filter((d) => mine(d.id)) : snapshot.delegates,
    attendance: mine ? snapshot.attendance.filter((a) => mine(a.id)) : snapshot.attendance,
    presentation: visiblePresentation(reader, snapshot.presentation),
  };
}
