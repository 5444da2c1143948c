import { SECRET_KINDS } from '../../../../shared/protocol/index.ts';
import { knownAs } from '../../devices.ts';
import { defineHandler } from '../context.ts';

const HOUR = 3_600_000;

export default defineHandler('security.failures', (ctx, { limit }) => {
  const since = new Date(ctx.now.getTime() - HOUR).toISOString();
  const names = new Map<string, string | null>();
  const nameOf = (deviceId: string | null) => {
    if (!deviceId) return null;
    if (!names.has(deviceId)) names.set(deviceId, knownAs(ctx.store.getDevice(deviceId)));
    return names.get(deviceId) ?? null;
  };
  const all = ctx.services.failures.recent(500);
  const lastHour = SECRET_KINDS.map((kind) => ({
    kind,
    wrong: all.filter((f) => f.kind === kind && f.outcome === 'wrong' && f.lastAt >= since).reduce((n, f) => n + f.count, 0),
  }));
  return { failures: all.slice(0, limit).map((f) => ({ ...f, deviceName: nameOf(f.deviceId) })), lastHour };
});
