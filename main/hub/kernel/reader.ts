import type { Reader } from '../../../shared/domain/access.ts';
import type { Principal } from './connection.ts';
import type { Store } from '../store/store.ts';

/**
 * The reader a principal is for a meeting: a delegate reads with their group in their own meeting, elsewhere as a
 * guest. The one rule for sockets, commands and HTTP requests alike.
 */
export function readerOf(store: Store, principal: Pick<Principal, 'role' | 'delegateId' | 'meetingId'>, meetingId: string): Reader {
  if (principal.role === 'delegate' && principal.delegateId && principal.meetingId === meetingId) {
    return { role: 'delegate', group: store.getDelegate(meetingId, principal.delegateId)?.group ?? null, delegateId: principal.delegateId };
  }
  return { role: principal.role === 'delegate' ? 'guest' : principal.role };
}
