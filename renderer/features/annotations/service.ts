// The annotations of this screen's HubClient, kept for the life of the page: one sync, fed from the hub state.
import type { HubClient } from '../../client/HubClient.ts';
import type { HubState } from '../../client/state.ts';
import { STAFF_READER, annotationsDbAvailable, memoryShelf, openAnnotationShelf, type AnnotationShelf, type LocalAnnotation } from './local.ts';
import { existingPreloader } from '../preload/service.ts';
import { annotationsForgetHook } from './forget.ts';
import { AnnotationSync, forgetAnnotations } from './sync.ts';

const services = new WeakMap<HubClient, AnnotationSync>();

/** The shelf opened on first use; until it is open, calls wait for it. */
function lazyShelf(opening: Promise<AnnotationShelf>): AnnotationShelf {
  return {
    list: async (m) => (await opening).list(m),
    get: async (id) => (await opening).get(id),
    put: async (a) => (await opening).put(a),
    remove: async (ids) => (await opening).remove(ids),
    cursor: async (k) => (await opening).cursor(k),
    setCursor: async (k, s) => (await opening).setCursor(k, s),
  };
}

export function startAnnotations(client: HubClient, shelf?: AnnotationShelf): AnnotationSync {
  const existing = services.get(client);
  if (existing) return existing;
  // The chair's and the secretariat's screens read what delegates shared with them and write nothing: kept in memory,
  // read again from the hub at each start (a staff machine keeps no delegate's notes).
  const kept = shelf ?? (staffRole(client.state) === null && annotationsDbAvailable() ? lazyShelf(openAnnotationShelf()) : memoryShelf());
  const sync = new AnnotationSync(kept, client);
  services.set(client, sync);
  // The reader's session ending on this tablet is the preloader's forget: her annotations are dealt with in it,
  // ahead of her restricted documents' deletion.
  existingPreloader(client)?.onForget(annotationsForgetHook(sync, kept));
  const apply = (state: HubState) => {
    const session = state.session;
    const now = session?.role === 'delegate' && session.delegateId && session.meetingId ? { meetingId: session.meetingId, delegateId: session.delegateId } : null;
    // A closed meeting: annotations on its restricted documents go with the documents (preload's purge).
    const followed = state.meeting?.id === now?.meetingId ? state.meeting : null;
    if (now && followed?.snapshot?.meeting.status === 'closed') {
      const restricted = new Set(followed.snapshot.documents.filter((d) => d.access.kind !== 'all').map((d) => d.id));
      void forgetAnnotations(sync, kept, now.meetingId, (row) => row.documentId !== null && restricted.has(row.documentId)).catch(() => undefined);
    }
    const role = staffRole(state);
    const staff = role && state.meeting ? { meetingId: state.meeting.id, delegateId: `${STAFF_READER}${role}` } : null;
    const scope = now ?? staff;
    sync.setScope(scope ? { ...scope, online: state.connection.status === 'connected' } : null);
  };
  client.hubState.subscribe(apply);
  apply(client.state);
  return sync;
}

/** The staff role that reads annotations delegates shared (the chair: with the chair or everyone; the secretariat: everyone). */
function staffRole(state: HubState): 'chair' | 'secretariat' | null {
  const role = state.session?.role;
  return role === 'chair' || role === 'secretariat' ? role : null;
}

/** The rows a screen shows: live ones (no tombstones), the reader's own and those shared with them. */
export function visibleRows(rows: readonly LocalAnnotation[]): LocalAnnotation[] {
  return rows.filter((r) => !r.deleted && r.pending !== 'remove');
}
