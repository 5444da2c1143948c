import { findBadgeHolder } from '../../badges/issuer.ts';
import { CommandError, defineHandler, requireOpenMeeting } from '../context.ts';
import { checkIn } from './check-in.ts';

export default defineHandler('checkin.scan', (ctx, { meetingId, code }) => {
  requireOpenMeeting(ctx, meetingId);
  const holder = findBadgeHolder(ctx.store, meetingId, code, ctx.now);
  if (!holder.ok) {
    ctx.logger.warn({ meetingId, code: holder.code, deviceId: ctx.principal.deviceId }, 'badge refused at check-in');
    throw new CommandError(holder.code, holder.message);
  }
  return checkIn(ctx, meetingId, holder.delegateId);
});
