import type { DocumentAccess, MeetingDocument } from '../protocol/model.ts';
import { PRIVILEGED_ROLES, type Role } from '../protocol/roles.ts';

/** Who is reading: a role, and for a delegate the group they belong to. */
export interface Reader {
  role: Role;
  group?: string | null;
  /** The delegate reading, for what only they see of themselves; absent when a view is made for all of a group. */
  delegateId?: string | null;
}

/** Whether a reader may see a document at all (its title included) and fetch its bytes. */
export function mayRead(reader: Reader, access: DocumentAccess): boolean {
  if (PRIVILEGED_ROLES.includes(reader.role)) return true;
  // The check-in desk checks people in and reissues badges: it needs no document, and sees none, open ones included
  // (a desk stands in the hall, signed in all day).
  if (reader.role === 'checkin') return false;
  switch (access.kind) {
    case 'all':
      return true;
    case 'staff':
      return false;
    case 'groups':
      return reader.role === 'delegate' && !!reader.group && access.groups.includes(reader.group);
  }
}

/**
 * Whether a shared device may keep a document once nobody is signed in on it: only what the device itself may read
 * then (a paired device without a session reads as a guest), i.e. what everyone in the room may read. Everything
 * else was there for the person who signed out (her group's, the staff's) and the next person may not read it.
 */
export function keptWithoutReader(access: DocumentAccess): boolean {
  return mayRead({ role: 'guest' }, access);
}

export function readableDocuments(reader: Reader, documents: readonly MeetingDocument[]): MeetingDocument[] {
  return documents.filter((d) => mayRead(reader, d.access));
}
