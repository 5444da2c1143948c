import { dayNumber } from '../../../../shared/domain/badge-token.ts';
import { findBadgeHolder } from '../../badges/issuer.ts';
import { endedBecause, principalOf, sessionInfo, startSession } from '../../sessions.ts';
import { admitGuess, guessMissed, isBadgeGuess } from '../../security/guess.ts';
import { type CommandContext, CommandError, definePreparedHandler, noMeeting, requireMeeting } from '../context.ts';

const DAY = 86_400_000;

export default definePreparedHandler('session.badgeSignIn', {
  // Signs the connection in (or pairs it): its next commands wait for the commit, to be checked as from whom it made it.
  changesConnection: true,
  // Before the transaction, so that wrong codes keep counting (the transaction is rolled back on a refusal).
  prepare(ctx, { meetingId, code }) {
    const { deviceId } = ctx.principal;
    // The device is the one its device token proved: a badge signs in only on a paired device, and binds to it.
    if (!deviceId) throw new CommandError('not_paired', 'Pair this device with the hub (device.pair) before signing in with a badge.');
    // A check-in desk prints and hands out badges: the device it works on never opens a delegate's session, and so
    // never reads her documents.
    if (ctx.store.roleSignedInOnDevice(deviceId, 'checkin', new Date(ctx.now.getTime() - DAY).toISOString())) {
      throw new CommandError('forbidden', 'This device is a check-in desk: delegates sign in on their own tablets, not on the desk.', { reason: 'checkin_device' });
    }
    if (!ctx.store.getMeeting(meetingId)) throw noMeeting(meetingId);
    const attempt = admitGuess(ctx, 'badge', meetingId);
    const holder = findBadgeHolder(ctx.store, meetingId, code, ctx.now);
    if (!holder.ok && isBadgeGuess(holder.code)) {
      guessMissed(ctx, attempt, 'badge', meetingId);
      throw new CommandError(holder.code, holder.message);
    }
    attempt.succeeded();
  },
  run: (ctx, { meetingId, code, takeOver }) => signIn(ctx, meetingId, code, takeOver),
});

function signIn(ctx: CommandContext, meetingId: string, code: string, takeOver: boolean) {
  const { address, deviceId } = ctx.principal;
  if (!deviceId) throw new CommandError('not_paired', 'Pair this device with the hub (device.pair) before signing in with a badge.');
  requireMeeting(ctx, meetingId);
  const holder = findBadgeHolder(ctx.store, meetingId, code, ctx.now);
  if (!holder.ok) throw new CommandError(holder.code, holder.message);
  const now = ctx.now.toISOString();
  const elsewhere = ctx.store
    .liveDelegateSessions(meetingId, holder.delegateId, now)
    .filter((s) => s.deviceId !== deviceId);
  if (elsewhere.length > 0 && !takeOver) {
    const other = elsewhere[0]?.deviceId ? ctx.store.getDevice(elsewhere[0].deviceId) : null;
    throw new CommandError(
      'session_elsewhere',
      `You are signed in on another device${other ? ` (${other.name})` : ''}. Sign in here to move your session; the other device will be signed out.`,
      { reason: 'signed_in_elsewhere', params: other ? { device: other.label || other.name } : {} },
    );
  }
  // One device per delegate: the sessions elsewhere (and any older one here) end now.
  const ending = ctx.store.liveDelegateSessions(meetingId, holder.delegateId, now);
  for (const s of ending) ctx.store.endSession(s.tokenHash, now, 'signed_in_elsewhere');
  const badge = ctx.store.currentBadge(meetingId, holder.delegateId);
  const expiresDay = badge?.expiresDay ?? dayNumber(ctx.now);
  const { token, session } = startSession(
    ctx.store,
    { role: 'delegate', deviceId, delegateId: holder.delegateId, meetingId },
    ctx.now,
    new Date((expiresDay + 1) * 86_400_000),
  );
  ctx.logger.info({ meetingId, delegateId: holder.delegateId, deviceId, movedFrom: elsewhere.map((s) => s.deviceId) }, 'delegate signed in');
  ctx.afterCommit(() => {
    ctx.services.endLiveSessions(ending.map((s) => s.tokenHash), endedBecause('signed_in_elsewhere'));
    ctx.connection.setPrincipal(principalOf(session, address, deviceId));
  });
  return sessionInfo(token, session);
}
