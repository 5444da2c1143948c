import { isDeepStrictEqual } from 'node:util';
import type { AnnotationRecord } from '../../store/store.ts';
import { CommandError, defineHandler } from '../context.ts';
import { carryForward, checkSize, checkTarget, owner, ownRow, publicOf, pushAfterCommit } from './kit.ts';

/**
 * Makes or edits one of the delegate's annotations. The tablet's id makes a retry harmless: the same content on the
 * revision it produced answers as the first time. An edit on an older revision is not applied: the current row comes
 * back for the tablet to take (one owner per annotation: nothing to merge).
 */
export default defineHandler('annotations.put', (ctx, input) => {
  const { meetingId, id, baseRev, documentId, sha256, itemId, kind, visibility, body } = input;
  const { delegateId, reader } = owner(ctx, meetingId);
  const previous = ownRow(ctx, meetingId, id, delegateId);
  const same = (row: AnnotationRecord) =>
    !row.deleted && row.kind === kind && row.visibility === visibility && row.documentId === documentId && row.itemId === itemId && isDeepStrictEqual(row.body, body);
  if (previous) {
    // A retry of the write that made this revision (a lost acknowledgement): nothing to do.
    if (previous.rev === baseRev + 1 && previous.sha256 === sha256 && same(previous)) return { applied: true, annotation: publicOf(previous) };
    if (previous.rev !== baseRev || previous.deleted) return { applied: false, annotation: publicOf(previous) };
    if (previous.kind !== kind || previous.documentId !== documentId || previous.itemId !== itemId) {
      return { applied: false, annotation: publicOf(previous) };
    }
  } else if (baseRev !== 0) {
    throw new CommandError('not_found', `There is no annotation "${id}" to edit; a new one is sent with baseRev 0.`);
  }
  const { access } = checkTarget(ctx, input, reader);
  const bytes = Buffer.byteLength(JSON.stringify(body));
  checkSize(ctx, meetingId, delegateId, bytes, previous);
  const record = carryForward(ctx, {
    id,
    meetingId,
    delegateId,
    documentId,
    sha256,
    itemId,
    kind,
    visibility,
    body,
    bytes,
    rev: baseRev + 1,
    seq: ctx.store.nextAnnotationSeq(meetingId),
    deleted: false,
    carried: previous?.sha256 === sha256 ? previous.carried : null,
    wasShared: (previous?.wasShared ?? false) || visibility !== 'private',
    updatedAt: ctx.now.toISOString(),
  });
  ctx.store.putAnnotation(record);
  pushAfterCommit(ctx, record, access, previous);
  return { applied: true, annotation: publicOf(record) };
});
