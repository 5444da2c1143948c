import { CommandError, defineHandler } from '../context.ts';
import { findSession, principalOf, sessionFits, sessionInfo } from '../../sessions.ts';

export default defineHandler('session.resume', (ctx, { token }) => {
  const found = findSession(ctx.store, token, ctx.now);
  if (!found.ok) throw new CommandError('session_expired', found.reason);
  const { session } = found;
  // A session opened on a paired device (a delegate's always) belongs to it: another device must sign in itself.
  if (!sessionFits(session, ctx.principal.deviceId)) {
    throw new CommandError('session_expired', 'This session belongs to another device; sign in here.');
  }
  ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, ctx.principal.address, ctx.principal.deviceId)));
  return sessionInfo(token, session);
}, { changesConnection: true });
