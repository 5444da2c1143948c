import { endedBecause } from '../../sessions.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('device.revoke', (ctx, { deviceId }) => {
  const device = ctx.store.getDevice(deviceId);
  if (!device) throw new CommandError('not_found', `No device "${deviceId}" has connected to this hub.`, { reason: 'device_not_found', params: { deviceId } });
  if (deviceId === ctx.principal.deviceId) throw new CommandError('conflict', 'You cannot unpair the device you are using.', { reason: 'own_device' });
  const now = ctx.now.toISOString();
  ctx.store.revokeDevice(deviceId, now);
  const sessions = ctx.store.liveDeviceSessions(deviceId, now);
  for (const s of sessions) ctx.store.endSession(s.tokenHash, now, 'unpaired');
  ctx.logger.info({ deviceId, name: device.name }, 'device unpaired');
  ctx.afterCommit(() => ctx.services.unpairLiveDevice(deviceId, endedBecause('unpaired')));
  return {};
});
