import { endedBecause } from '../../sessions.ts';
import { defineHandler, requireDelegate } from '../context.ts';

export default defineHandler('delegate.remove', (ctx, { meetingId, delegateId }) => {
  requireDelegate(ctx, meetingId, delegateId);
  const write = ctx.writer(meetingId);
  write.removeDelegate(delegateId);
  if (ctx.store.getAttendance(meetingId, delegateId)) write.removeAttendance(delegateId);
  // Their badge stops working with them: with no delegate, no serial is current. Open sessions end too.
  const live = ctx.store.liveDelegateSessions(meetingId, delegateId, ctx.now.toISOString());
  for (const s of live) ctx.store.endSession(s.tokenHash, ctx.now.toISOString(), 'removed');
  ctx.afterCommit(() => ctx.services.endLiveSessions(live.map((s) => s.tokenHash), endedBecause('removed')));
  return {};
});
