import { currentBadge } from '../../badges/issuer.ts';
import { CommandError, defineHandler, requireDelegate, requireMeeting } from '../context.ts';

/**
 * The secretariat reads a delegate's current badge again (a badge to print on a desk's own printer, a short code to
 * read out on the phone), without reissuing it. A badge signs its holder in on a tablet, so every read is logged.
 */
export default defineHandler('badge.get', (ctx, { meetingId, delegateId }) => {
  requireMeeting(ctx, meetingId);
  requireDelegate(ctx, meetingId, delegateId);
  const badge = currentBadge(ctx.store, meetingId, delegateId);
  if (!badge) throw new CommandError('conflict', 'This delegate has no badge yet: issue one first (badge.issue).', { reason: 'no_badge' });
  ctx.logger.info(
    { meetingId, delegateId, serial: badge.serial, role: ctx.principal.role, session: ctx.principal.session?.slice(0, 12) ?? null, deviceId: ctx.principal.deviceId },
    'badge read',
  );
  return badge;
});
