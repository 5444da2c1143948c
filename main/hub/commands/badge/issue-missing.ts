import { issueBadge } from '../../badges/issuer.ts';
import { defineHandler, requireOpenMeeting } from '../context.ts';

export default defineHandler('badge.issueMissing', (ctx, { meetingId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  const write = ctx.writer(meetingId);
  let issued = 0;
  for (const delegate of ctx.store.delegates(meetingId)) {
    if (delegate.badgeSerial > 0) continue;
    issueBadge(ctx.store, meeting, delegate.id, ctx.now);
    write.delegate(delegate);
    issued++;
  }
  if (issued > 0) ctx.logger.info({ meetingId, issued }, 'first badges issued');
  return { issued };
});
