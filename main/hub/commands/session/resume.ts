import { STAFF_ROLES, type StaffRole } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler } from '../context.ts';
import { findSession, principalOf } from '../../sessions.ts';

export default defineHandler('session.resume', (ctx, { token }) => {
  const found = findSession(ctx.store, token, ctx.now);
  if (!found.ok) throw new CommandError('session_expired', found.reason);
  const { session } = found;
  if (!(STAFF_ROLES as readonly string[]).includes(session.role)) {
    throw new CommandError('session_expired', 'This session cannot be resumed here; sign in again.');
  }
  ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, ctx.principal.address, ctx.principal.deviceId)));
  return { token, role: session.role as StaffRole, expiresAt: session.expiresAt };
});
