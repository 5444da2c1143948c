import { CommandError, defineHandler } from '../context.ts';
import { principalOf, sessionInfo, startSession } from '../../sessions.ts';

export default defineHandler('session.signIn', (ctx, { passcode, role }) => {
  const { address, deviceId } = ctx.principal;
  if (!ctx.services.signInAllowed(address)) {
    throw new CommandError('rate_limited', 'Too many wrong passcodes from this device; wait a minute and try again.');
  }
  if (!ctx.services.checkPasscode(passcode)) {
    ctx.services.signInFailed(address);
    throw new CommandError('bad_passcode', 'That passcode is not right.');
  }
  const expires = new Date(ctx.now.getTime() + ctx.services.sessionHours * 3600_000);
  const { token, session } = startSession(ctx.store, { role, deviceId }, ctx.now, expires);
  ctx.logger.info({ role, deviceId, address }, 'staff signed in');
  ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, address, deviceId)));
  return sessionInfo(token, session);
});
