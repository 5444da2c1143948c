import type { Reader } from '../../../shared/domain/access.ts';
import type { Principal } from './context.ts';
import type { Store } from '../store/store.ts';

/** The reader a principal is for a meeting: a delegate reads with their group. */
export function readerOf(store: Store, principal: Principal, meetingId: string): Reader {
  if (principal.role === 'delegate' && principal.delegateId && principal.meetingId === meetingId) {
    return { role: 'delegate', group: store.getDelegate(meetingId, principal.delegateId)?.group ?? null };
  }
  return { role: principal.role === 'delegate' ? 'guest' : principal.role };
}
