import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import { audienceKey, seesDelegateList, visibleChanges, visibleSnapshot } from '../../../../shared/domain/visibility.ts';
import type { Reader } from '../../../../shared/domain/access.ts';
import type { CommandResult, MeetingSnapshot } from '../../../../shared/protocol/index.ts';
import type { Store } from '../../store/store.ts';
import { CommandError, defineHandler, noMeeting, requireMeeting } from '../context.ts';
import { readerOf } from '../../kernel/reader.ts';

/** Past this many revisions a full snapshot is cheaper than the changes, without measuring. */
const MAX_REPLAY = 500;

type OpenAnswer = CommandResult<'meeting.open'>;

/**
 * How long a snapshot's JSON is, per meeting revision and audience: a room of tablets reconnecting at once after a
 * Wi-Fi drop asks the same question many times, and the snapshot is measured once per audience (a delegate's own
 * record, the only part that differs within one, is a few hundred bytes).
 */
const snapshotSizes = new WeakMap<Store, Map<string, number>>();
const MAX_SIZES = 256;

function sizeOf(store: Store, key: string, measure: () => number): number {
  let sizes = snapshotSizes.get(store);
  if (!sizes) snapshotSizes.set(store, (sizes = new Map()));
  const known = sizes.get(key);
  if (known !== undefined) return known;
  if (sizes.size >= MAX_SIZES) sizes.clear();
  const size = measure();
  sizes.set(key, size);
  return size;
}

/**
 * What every tablet of one audience gets alike at one revision (the meeting, its agenda and documents, the quorum),
 * built once: 1,500 tablets signing in at the door open the same revision of the same meeting. The revision is the
 * key, so any write makes a new one; only a handful are kept.
 */
const tabletViews = new WeakMap<Store, Map<string, MeetingSnapshot>>();
const MAX_VIEWS = 32;

/** The snapshot a reader gets: a tablet's is read without the delegate list, which only the staff see. */
function snapshotFor(store: Store, meetingId: string, reader: Reader, revision: number): OpenAnswer {
  if (seesDelegateList(reader)) {
    const snapshot = store.snapshot(meetingId);
    if (!snapshot) throw noMeeting(meetingId);
    return { mode: 'snapshot', snapshot: visibleSnapshot(reader, snapshot) };
  }
  const delegateId = reader.role === 'delegate' ? (reader.delegateId ?? null) : null;
  let views = tabletViews.get(store);
  if (!views) tabletViews.set(store, (views = new Map()));
  const key = `${meetingId}@${revision}|${audienceKey(reader)}`;
  let view = views.get(key);
  if (!view) {
    const snapshot = store.snapshot(meetingId, { delegateId: null });
    if (!snapshot) throw noMeeting(meetingId);
    view = visibleSnapshot(reader, snapshot);
    if (views.size >= MAX_VIEWS) views.clear();
    views.set(key, view);
  }
  const own = delegateId ? store.getDelegate(meetingId, delegateId) : null;
  const attended = delegateId ? store.getAttendance(meetingId, delegateId) : null;
  return { mode: 'snapshot', snapshot: { ...view, delegates: own ? [own] : [], attendance: attended ? [attended] : [] } };
}

export default defineHandler('meeting.open', (ctx, { meetingId, sinceRevision }) => {
  const meeting = requireMeeting(ctx, meetingId);
  if (!meetingVisibleTo(ctx.principal.role, meeting.status)) {
    throw new CommandError('not_published', `The meeting "${meetingId}" is not published yet; the secretariat publishes it when it is ready.`);
  }
  const reader = readerOf(ctx.store, ctx.principal, meetingId);
  const revision = ctx.store.revisionOf(meetingId);
  ctx.afterCommit(() => ctx.connection.follow(meetingId));
  if (sinceRevision === undefined || sinceRevision > revision || revision - sinceRevision > MAX_REPLAY) return snapshotFor(ctx.store, meetingId, reader, revision);
  const changes: OpenAnswer = {
    mode: 'changes',
    revision,
    changes: ctx.store.changesSince(meetingId, sinceRevision).flatMap((r) => visibleChanges(reader, r.changes)),
  };
  if (sinceRevision === revision) return changes;
  // Whichever encodes shorter, as the protocol says: many small revisions can outweigh the meeting itself.
  const changesSize = JSON.stringify(changes).length;
  let built: OpenAnswer | null = null;
  const snapshotSize = sizeOf(ctx.store, `${meetingId}@${revision}|${audienceKey(reader)}`, () => JSON.stringify((built = snapshotFor(ctx.store, meetingId, reader, revision))).length);
  if (changesSize <= snapshotSize) return changes;
  return built ?? snapshotFor(ctx.store, meetingId, reader, revision);
});
