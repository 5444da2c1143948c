import { issueBadge } from '../../badges/issuer.ts';
import { endedBecause } from '../../sessions.ts';
import { defineHandler, requireDelegate, requireOpenMeeting } from '../context.ts';

export default defineHandler('badge.issue', (ctx, { meetingId, delegateId }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  const issued = issueBadge(ctx.store, meeting, delegateId, ctx.now);
  // The delegate record carries the serial, so every screen sees the old badge is gone.
  ctx.writer(meetingId).delegate(delegate);
  // Whoever signed in with the old badge (its finder, say) is signed out: every session of the delegate was opened
  // with a badge older than this one.
  const now = ctx.now.toISOString();
  const ending = ctx.store.liveDelegateSessions(meetingId, delegateId, now);
  for (const s of ending) ctx.store.endSession(s.tokenHash, now, 'badge_reissued');
  ctx.afterCommit(() => ctx.services.endLiveSessions(ending.map((s) => s.tokenHash), endedBecause('badge_reissued')));
  ctx.logger.info({ meetingId, delegateId, serial: issued.serial, sessionsEnded: ending.length }, 'badge issued');
  return issued;
});
