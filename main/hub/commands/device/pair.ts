import { pairingCode, samePairingCode } from '../../pairing.ts';
import { hashToken, newToken } from '../../sessions.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('device.pair', (ctx, { code }) => {
  const { address, deviceId } = ctx.principal;
  if (!deviceId) throw new CommandError('bad_request', 'Connect with a deviceId in the handshake to pair this device.');
  if (!ctx.services.signInAllowed(address)) {
    throw new CommandError('rate_limited', 'Too many wrong pairing codes from this device; wait a minute and try again.');
  }
  if (!samePairingCode(code, pairingCode(ctx.store))) {
    ctx.services.signInFailed(address);
    throw new CommandError('bad_passcode', 'That pairing code is not right; read it again from the chair console or the room QR.');
  }
  const deviceToken = newToken();
  ctx.store.pairDevice(deviceId, hashToken(deviceToken), ctx.now.toISOString());
  ctx.logger.info({ deviceId, address }, 'device paired');
  ctx.afterCommit(() => ctx.connection.setPrincipal({ ...ctx.principal, paired: true }));
  return { deviceId, deviceToken };
});
