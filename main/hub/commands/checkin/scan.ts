import { findBadgeHolder } from '../../badges/issuer.ts';
import { admitGuess, guessMissed, isBadgeGuess } from '../../security/guess.ts';
import { CommandError, definePreparedHandler, requireOpenMeeting } from '../context.ts';
import { checkIn } from './check-in.ts';

export default definePreparedHandler('checkin.scan', {
  // A short code typed at the desk is a secret too (it signs a delegate in on a tablet): wrong ones count against the
  // meeting's budget, before the transaction, so that they stay counted.
  prepare(ctx, { meetingId, code }) {
    if (!ctx.store.getMeeting(meetingId)) return;
    const attempt = admitGuess(ctx, 'badge', meetingId);
    const holder = findBadgeHolder(ctx.store, meetingId, code, ctx.now);
    if (!holder.ok && isBadgeGuess(holder.code)) guessMissed(ctx, attempt, 'badge', meetingId);
    else attempt.succeeded();
  },
  run(ctx, { meetingId, code }) {
    requireOpenMeeting(ctx, meetingId);
    const holder = findBadgeHolder(ctx.store, meetingId, code, ctx.now);
    if (!holder.ok) {
      ctx.logger.warn({ meetingId, code: holder.code, deviceId: ctx.principal.deviceId }, 'badge refused at check-in');
      throw new CommandError(holder.code, holder.message);
    }
    return checkIn(ctx, meetingId, holder.delegateId);
  },
});
