import type { Server } from 'socket.io';
import { seesAnnotation } from '../../../shared/domain/annotations/index.ts';
import type { Reader } from '../../../shared/domain/access.ts';
import type { Annotation, AnnotationRow } from '../../../shared/protocol/index.ts';
import type { AnnotationPush } from '../store/store.ts';
import type { MeetingRooms } from './rooms.ts';

type Emitter = Pick<Server, 'to'>;

const publicOf = ({ record }: AnnotationPush): AnnotationRow => {
  const { wasShared: _wasShared, bytes: _bytes, ...annotation } = record;
  return annotation;
};

/**
 * Annotations go at once (a shared note reaches the room within a second), each to who may see it: its owner's
 * devices (their personal room) always; every other audience of the meeting only when the audience's reader sees it,
 * or as `gone` when it saw it before this change and no longer does. A private annotation never leaves the owner's room.
 */
export function pushAnnotations(io: Emitter, rooms: MeetingRooms, meetingId: string, rows: readonly AnnotationPush[]): void {
  const asSeenBy = (reader: Reader, row: AnnotationPush): AnnotationRow | null => {
    const { record, access, before } = row;
    if (reader.role === 'delegate' && reader.delegateId === record.delegateId) return publicOf(row);
    const sees = (visibility: Annotation['visibility'] | null, deleted: boolean) =>
      visibility !== null && !deleted && seesAnnotation(reader, { delegateId: record.delegateId, visibility, access });
    if (sees(record.visibility, record.deleted)) return publicOf(row);
    return sees(before, false) ? { id: record.id, meetingId, seq: record.seq, gone: true } : null;
  };
  const emit = (target: ReturnType<Emitter['to']>, reader: Reader) => {
    const annotations = rows.map((row) => asSeenBy(reader, row)).filter((r): r is AnnotationRow => r !== null);
    if (annotations.length > 0) target.emit('annotations.changed', { meetingId, annotations });
  };
  // The owners' devices get the batch from their own room, as their reader sees it (their own whole).
  const owners = new Map<string, Reader>();
  for (const { record } of rows) {
    const own = rooms.delegateRoom(meetingId, record.delegateId);
    if (own) owners.set(own.room, own.reader);
  }
  const except = [...owners.keys()];
  if (rows.some((row) => row.record.visibility !== 'private' || (row.before ?? 'private') !== 'private')) {
    for (const { room, reader } of rooms.audiencesOf(meetingId)) emit(except.length > 0 ? io.to(room).except(except) : io.to(room), reader);
  }
  for (const [room, reader] of owners) emit(io.to(room), reader);
}
