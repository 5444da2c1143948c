import { seesAnnotation } from '../../../../shared/domain/annotations/index.ts';
import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import type { AnnotationRow, DocumentAccess } from '../../../../shared/protocol/index.ts';
import { readerOf } from '../../kernel/reader.ts';
import { CommandError, defineHandler, noMeeting } from '../context.ts';
import { publicOf } from './kit.ts';

/**
 * The annotations the caller sees that changed after a cursor: a delegate's own (tombstones too) and those shared
 * with them; another's that the caller saw and no longer sees come as `gone`. Pages of `limit`, oldest first.
 */
export default defineHandler('annotations.sync', (ctx, { meetingId, since, limit }) => {
  const meeting = ctx.store.getMeeting(meetingId);
  if (!meeting || !meetingVisibleTo(ctx.principal.role, meeting.status)) throw noMeeting(meetingId);
  const reader = readerOf(ctx.store, ctx.principal, meetingId);
  if (reader.role === 'guest') throw new CommandError('forbidden', `Only the meeting's delegates and staff read its annotations.`);
  const own = reader.role === 'delegate' ? (reader.delegateId ?? null) : null;
  const rows = ctx.store.annotationsSince(meetingId, since, limit + 1, own);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const access = new Map<string, DocumentAccess | null>();
  const accessOf = (documentId: string | null) => {
    if (documentId === null) return null;
    if (!access.has(documentId)) access.set(documentId, ctx.store.getDocument(meetingId, documentId)?.access ?? { kind: 'staff' });
    return access.get(documentId) ?? null;
  };
  const annotations: AnnotationRow[] = [];
  for (const row of page) {
    const seen = seesAnnotation(reader, { delegateId: row.delegateId, visibility: row.visibility, access: accessOf(row.documentId) });
    const mine = row.delegateId === own;
    if (seen && (mine || !row.deleted)) annotations.push(publicOf(row));
    else if (!mine && (row.wasShared || row.deleted)) annotations.push({ id: row.id, meetingId, seq: row.seq, gone: true });
  }
  return { annotations, cursor: page.at(-1)?.seq ?? since, more };
});
