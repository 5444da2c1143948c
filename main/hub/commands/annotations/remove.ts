import { CommandError, defineHandler } from '../context.ts';
import { owner, ownRow, publicOf, pushAfterCommit } from './kit.ts';

/**
 * Removes one of the delegate's annotations, keeping a tombstone (its body emptied) with a new revision and seq, so
 * every device of the delegate, and whoever saw it shared, removes it too. A second removal answers as the first.
 */
export default defineHandler('annotations.remove', (ctx, { meetingId, id, baseRev }) => {
  const { delegateId } = owner(ctx, meetingId);
  const previous = ownRow(ctx, meetingId, id, delegateId);
  if (!previous) throw new CommandError('not_found', `There is no annotation "${id}".`);
  if (previous.deleted) return { applied: true, annotation: publicOf(previous) };
  if (previous.rev !== baseRev) return { applied: false, annotation: publicOf(previous) };
  const record = {
    ...previous,
    // What it said goes; what it was on stays (a tombstone finds its document on every device).
    body: previous.kind === 'item_note' ? {} : { page: previous.body.page },
    bytes: 0,
    rev: previous.rev + 1,
    seq: ctx.store.nextAnnotationSeq(meetingId),
    deleted: true,
    carried: null,
    updatedAt: ctx.now.toISOString(),
  };
  ctx.store.putAnnotation(record);
  const access = previous.documentId ? (ctx.store.getDocument(meetingId, previous.documentId)?.access ?? null) : null;
  pushAfterCommit(ctx, record, access, previous);
  return { applied: true, annotation: publicOf(record) };
});
