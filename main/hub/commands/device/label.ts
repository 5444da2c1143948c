import { displayName } from '../../devices.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('device.label', (ctx, { deviceId, label, seat }) => {
  const device = ctx.store.getDevice(deviceId);
  if (!device) throw new CommandError('not_found', `No device "${deviceId}" has connected to this hub.`, { reason: 'device_not_found', params: { deviceId } });
  // One line, as the device list shows it (the same cleaning as the name a device offers).
  const named = displayName(label) ?? '';
  const seated = seat === undefined ? device.seat : (displayName(seat) ?? '');
  ctx.store.labelDevice(deviceId, named, seated);
  ctx.logger.info({ deviceId, label: named, seat: seated }, 'device labelled');
  return {};
});
