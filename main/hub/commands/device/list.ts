import { defineHandler } from '../context.ts';

export default defineHandler('device.list', (ctx) => {
  const online = ctx.services.onlineDevices();
  return {
    devices: ctx.store.listDevices().map((d) => {
      const user = online.get(d.id);
      const delegateName = user?.delegateId && user.meetingId ? (ctx.store.getDelegate(user.meetingId, user.delegateId)?.fullName ?? null) : null;
      return {
        id: d.id,
        name: d.name,
        label: d.label,
        seat: d.seat,
        firstSeenAt: d.firstSeenAt,
        lastSeenAt: d.lastSeenAt,
        lastAddress: d.lastAddress,
        pairedAt: d.pairedAt,
        revokedAt: d.revokedAt,
        online: !!user,
        role: user?.role ?? null,
        delegateName,
      };
    }),
  };
});
