import { quorumOf, sameQuorum } from '../../shared/domain/quorum.ts';
import type { Change, Quorum } from '../../shared/protocol/index.ts';
import type { Store } from './store/store.ts';

/**
 * The meeting's quorum as the store holds it now, or null for a meeting that does not exist. Counted in SQL: a
 * check-in at a congress's door must not read 1,500 delegates twice.
 */
export function quorumNow(store: Store, meetingId: string): Quorum | null {
  const meeting = store.getMeeting(meetingId);
  if (!meeting) return null;
  const { members, present } = store.attendanceCounts(meetingId);
  return quorumOf(meeting.quorumRule, members, present);
}

/**
 * The `quorum` change a revision carries when it moved the quorum (a check-in, a delegate added or removed, the rule
 * changed): the quorum after it, or null when it is as `before`. Clients never recompute it.
 */
export function quorumChange(store: Store, meetingId: string, before: Quorum | null): Change | null {
  const after = quorumNow(store, meetingId);
  if (!after || (before && sameQuorum(before, after))) return null;
  return { collection: 'quorum', id: meetingId, value: after };
}
