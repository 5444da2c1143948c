import type { Handler } from '../context.ts';
import devicePair from './pair.ts';
import deviceList from './list.ts';
import deviceRevoke from './revoke.ts';
import deviceLabel from './label.ts';

/** The device domain's handlers, one per command declared in shared/protocol/commands/device.ts. */
export const DEVICE_HANDLERS = [devicePair, deviceList, deviceRevoke, deviceLabel] as Handler[];
