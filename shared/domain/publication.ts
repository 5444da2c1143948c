import type { DocumentAccess, MeetingStatus } from '../protocol/model.ts';
import { PRIVILEGED_ROLES, STAFF_ROLES, type Role } from '../protocol/roles.ts';
import { mayRead, type Reader } from './access.ts';

/**
 * Whether a role sees a meeting at all. A draft is the secretariat's work in progress: delegates' tablets
 * and unsigned devices see a meeting only once it is published; staff (secretariat, chair, projector,
 * check-in desk) see drafts too, to prepare the room.
 */
export function meetingVisibleTo(role: Role, status: MeetingStatus): boolean {
  return status !== 'draft' || (STAFF_ROLES as readonly Role[]).includes(role);
}

/**
 * Whether a reader may fetch a document's bytes in a meeting of this status: what `mayRead` allows, in a
 * meeting the reader sees, and once the meeting is closed only open (`all`) documents for anyone but the
 * chair and the secretariat: the tablets delete the restricted ones then, and the hub no longer serves them.
 */
export function mayFetch(reader: Reader, status: MeetingStatus, access: DocumentAccess): boolean {
  if (!meetingVisibleTo(reader.role, status)) return false;
  if (status === 'closed' && access.kind !== 'all' && !PRIVILEGED_ROLES.includes(reader.role)) return false;
  return mayRead(reader, access);
}
