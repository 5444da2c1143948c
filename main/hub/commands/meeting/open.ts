import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import { visibleChange, visibleSnapshot } from '../../../../shared/domain/visibility.ts';
import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { readerOf } from '../reader.ts';

/** Past this many revisions a full snapshot is cheaper than the changes. */
const MAX_REPLAY = 500;

export default defineHandler('meeting.open', (ctx, { meetingId, sinceRevision }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (!meetingVisibleTo(ctx.principal.role, meeting.status)) {
    throw new CommandError('not_published', `The meeting "${meetingId}" is not published yet; the secretariat publishes it when it is ready.`);
  }
  const reader = readerOf(ctx.store, ctx.principal, meetingId);
  const revision = ctx.store.revisionOf(meetingId);
  ctx.afterCommit(() => ctx.connection.follow(meetingId));
  if (sinceRevision !== undefined && sinceRevision <= revision && revision - sinceRevision <= MAX_REPLAY) {
    const changes = ctx.store
      .changesSince(meetingId, sinceRevision)
      .flatMap((r) => r.changes.map((c) => visibleChange(reader, c)));
    return { mode: 'changes', revision, changes };
  }
  const snapshot = ctx.store.snapshot(meetingId);
  if (!snapshot) throw new CommandError('not_found', `There is no meeting "${meetingId}".`);
  return { mode: 'snapshot', snapshot: visibleSnapshot(reader, snapshot) };
});
