import { meetingQuorum, sameQuorum } from '../../shared/domain/quorum.ts';
import type { Change, Quorum } from '../../shared/protocol/index.ts';
import type { Store } from './store/store.ts';

/** The meeting's quorum as the store holds it now, or null for a meeting that does not exist. */
export function quorumNow(store: Store, meetingId: string): Quorum | null {
  const meeting = store.getMeeting(meetingId);
  return meeting ? meetingQuorum(meeting.quorumRule, store.delegates(meetingId), store.attendance(meetingId)) : null;
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
