import { pairingCode, samePairingCode } from '../../pairing.ts';
import { pairDevice } from '../../devices.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('device.pair', (ctx, { code }) => {
  const { address, deviceId } = ctx.principal;
  if (!ctx.services.signInAllowed(address)) {
    throw new CommandError('rate_limited', 'Too many wrong pairing codes from this device; wait a minute and try again.');
  }
  if (!samePairingCode(code, pairingCode(ctx.store))) {
    ctx.services.signInFailed(address);
    throw new CommandError('bad_passcode', 'That pairing code is not right; read it again from the chair console or the room QR.');
  }
  // The hub makes the device (or gives the one this connection proved a new token): a client never names it.
  const paired = pairDevice(ctx.store, { deviceId, address, offeredName: ctx.connection.offeredDeviceName }, ctx.now.toISOString());
  ctx.logger.info({ deviceId: paired.device.id, address, again: !paired.created }, 'device paired');
  ctx.afterCommit(() => ctx.connection.setDevice(paired.device));
  return { deviceId: paired.device.id, deviceToken: paired.deviceToken };
});
