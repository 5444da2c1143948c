import { defineHandler, requireOpenMeeting } from '../context.ts';
import { checkIn } from './check-in.ts';

export default defineHandler('checkin.manual', (ctx, { meetingId, delegateId }) => {
  requireOpenMeeting(ctx, meetingId);
  ctx.logger.info({ meetingId, delegateId, deviceId: ctx.principal.deviceId }, 'checked in without a badge');
  return checkIn(ctx, meetingId, delegateId);
});
