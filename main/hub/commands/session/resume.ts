import { CommandError, defineHandler } from '../context.ts';
import { findSession, principalOf, sessionInfo } from '../../sessions.ts';

export default defineHandler('session.resume', (ctx, { token }) => {
  const found = findSession(ctx.store, token, ctx.now);
  if (!found.ok) throw new CommandError('session_expired', found.reason);
  const { session } = found;
  // A delegate's session belongs to the tablet it was opened on: another device must sign in with the badge.
  if (session.role === 'delegate' && session.deviceId !== ctx.principal.deviceId) {
    throw new CommandError('session_expired', 'This session belongs to another device; sign in with your badge here.');
  }
  ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, ctx.principal.address, ctx.principal.deviceId)));
  return sessionInfo(token, session);
});
