import type { Reader } from '../../../shared/domain/access.ts';
import { audienceKey } from '../../../shared/domain/visibility.ts';

const audienceRoom = (meetingId: string, key: string) => `m:${meetingId}:a:${key}`;
const personalRoom = (meetingId: string, delegateId: string) => `m:${meetingId}:d:${delegateId}`;

/** A following connection, as the rooms know it: its socket, and how to work out its rooms again. */
export interface RoomMember {
  socket: { join(room: string): unknown; leave(room: string): unknown };
  /** Leaves and joins again with the reader it is now (its delegate's group changed). */
  rejoin(meetingId: string): void;
}

/** The rooms one connection joined for one meeting. */
export interface Membership {
  audience: string;
  personal: string | null;
}

interface Audience {
  reader: Reader;
  members: Set<RoomMember>;
}

/**
 * Each audience is one Socket.IO room, so a push is worked out and encoded once per audience, not once per tablet.
 * The rooms of every followed meeting: per meeting, its audiences (each with the reader that stands for all of it),
 * and for each delegate a personal room for what only they see (their own record and attendance).
 */
export class MeetingRooms {
  private readonly audiences = new Map<string, Map<string, Audience>>();
  private readonly personal = new Map<string, { reader: Reader; members: Set<RoomMember> }>();

  join(member: RoomMember, meetingId: string, reader: Reader): Membership {
    const key = audienceKey(reader);
    const room = audienceRoom(meetingId, key);
    let byKey = this.audiences.get(meetingId);
    if (!byKey) this.audiences.set(meetingId, (byKey = new Map()));
    let audience = byKey.get(room);
    if (!audience) byKey.set(room, (audience = { reader: { role: reader.role, group: reader.group ?? null }, members: new Set() }));
    audience.members.add(member);
    void member.socket.join(room);
    let own: string | null = null;
    if (reader.role === 'delegate' && reader.delegateId) {
      own = personalRoom(meetingId, reader.delegateId);
      const entry = this.personal.get(own) ?? { reader, members: new Set<RoomMember>() };
      entry.reader = reader;
      entry.members.add(member);
      this.personal.set(own, entry);
      void member.socket.join(own);
    }
    return { audience: room, personal: own };
  }

  leave(member: RoomMember, meetingId: string, membership: Membership): void {
    void member.socket.leave(membership.audience);
    const byKey = this.audiences.get(meetingId);
    const audience = byKey?.get(membership.audience);
    if (byKey && audience) {
      audience.members.delete(member);
      if (audience.members.size === 0) byKey.delete(membership.audience);
      if (byKey.size === 0) this.audiences.delete(meetingId);
    }
    if (membership.personal) {
      void member.socket.leave(membership.personal);
      const entry = this.personal.get(membership.personal);
      entry?.members.delete(member);
      if (entry && entry.members.size === 0) this.personal.delete(membership.personal);
    }
  }

  /** The meeting's audiences with someone in them: the room, and the reader each stands for. */
  audiencesOf(meetingId: string): { room: string; reader: Reader }[] {
    return [...(this.audiences.get(meetingId) ?? new Map<string, Audience>())].map(([room, a]) => ({ room, reader: a.reader }));
  }

  /** The room of one staff role following the meeting, if anyone of that role does. */
  roleRoom(meetingId: string, role: Reader['role']): string | null {
    const room = audienceRoom(meetingId, role);
    return this.audiences.get(meetingId)?.has(room) ? room : null;
  }

  /** The delegate's personal room in this meeting and the reader it stands for, if the delegate follows it now. */
  delegateRoom(meetingId: string, delegateId: string): { room: string; reader: Reader; members: ReadonlySet<RoomMember> } | null {
    const room = personalRoom(meetingId, delegateId);
    const entry = this.personal.get(room);
    return entry ? { room, reader: entry.reader, members: entry.members } : null;
  }
}
