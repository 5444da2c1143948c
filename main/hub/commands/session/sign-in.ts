import { CommandError, defineHandler } from '../context.ts';
import { principalOf, startStaffSession } from '../../sessions.ts';

export default defineHandler('session.signIn', (ctx, { passcode, role }) => {
  const { address, deviceId } = ctx.principal;
  if (!ctx.services.signInAllowed(address)) {
    throw new CommandError('rate_limited', 'Too many wrong passcodes from this device; wait a minute and try again.');
  }
  if (!ctx.services.checkPasscode(passcode)) {
    ctx.services.signInFailed(address);
    throw new CommandError('bad_passcode', 'That passcode is not right.');
  }
  const { token, session } = startStaffSession(ctx.store, role, deviceId, ctx.now, ctx.services.sessionHours);
  ctx.logger.info({ role, deviceId, address }, 'staff signed in');
  ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, address, deviceId)));
  return { token, role, expiresAt: session.expiresAt };
});
