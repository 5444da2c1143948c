// The secretariat tells the room's tablets apart (issue 18.5): its own name for each and the seat it is bound to,
// kept beside the name the device gives itself, which each connection still updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

let t: TestHub;
let secretariat: TestSocket;
beforeAll(async () => {
  t = await startTestHub();
  secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
});
afterAll(async () => {
  secretariat?.disconnect();
  await t?.stop();
});

const listed = async (deviceId: string) => (await ok(secretariat, 'device.list', {})).data.devices.find((d) => d.id === deviceId);

describe('device.label', () => {
  it('names a device and binds it to a seat; the name it gives itself stays its own', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'A');
    expect(await listed(tablet.deviceId)).toMatchObject({ name: tablet.deviceName, label: '', seat: '' });

    await ok(secretariat, 'device.label', { deviceId: tablet.deviceId, label: '  Máy 12\n(dự phòng) ', seat: 'A-12' });
    expect(await listed(tablet.deviceId)).toMatchObject({ name: tablet.deviceName, label: 'Máy 12 (dự phòng)', seat: 'A-12' });

    // The device connects again under another name: its own name follows, the secretariat's stays.
    tablet.socket.disconnect();
    const again = await tablet.reconnect({ deviceName: 'Chrome on Android' });
    await expect.poll(async () => (await listed(tablet.deviceId))?.name).toBe('Chrome on Android');
    expect(await listed(tablet.deviceId)).toMatchObject({ label: 'Máy 12 (dự phòng)', seat: 'A-12' });

    // The seat left out is kept; empty strings clear.
    await ok(secretariat, 'device.label', { deviceId: tablet.deviceId, label: 'Máy 12' });
    expect(await listed(tablet.deviceId)).toMatchObject({ label: 'Máy 12', seat: 'A-12' });
    await ok(secretariat, 'device.label', { deviceId: tablet.deviceId, label: '', seat: '' });
    expect(await listed(tablet.deviceId)).toMatchObject({ label: '', seat: '' });
    again.disconnect();
  });

  it('is the secretariat’s alone, and refuses an unknown device or a name too long', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'B');
    expect(await send(tablet.socket, 'device.label', { deviceId: tablet.deviceId, label: 'Của tôi' })).toMatchObject({ ok: false, code: 'not_signed_in' });
    const guest = await connect(t.hub.url);
    expect(await send(guest, 'device.label', { deviceId: tablet.deviceId, label: 'x' })).toMatchObject({ ok: false });
    guest.disconnect();
    expect(await send(secretariat, 'device.label', { deviceId: 'dev-nobody', label: 'x' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await send(secretariat, 'device.label', { deviceId: tablet.deviceId, label: 'x'.repeat(61) })).toMatchObject({ ok: false, code: 'bad_request' });
    expect(await listed(tablet.deviceId)).toMatchObject({ label: '', seat: '' });
    tablet.socket.disconnect();
  });
});
