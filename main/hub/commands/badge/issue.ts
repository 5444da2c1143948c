import { issueBadge } from '../../badges/issuer.ts';
import { defineHandler, requireDelegate, requireOpenMeeting } from '../context.ts';

export default defineHandler('badge.issue', (ctx, { meetingId, delegateId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  const issued = issueBadge(ctx.store, meeting, delegateId, ctx.now);
  // The delegate record carries the serial, so every screen sees the old badge is gone.
  ctx.writer(meetingId).delegate(delegate);
  ctx.logger.info({ meetingId, delegateId, serial: issued.serial }, 'badge issued');
  return issued;
});
