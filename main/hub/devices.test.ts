import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { displayName, pairDevice, proveDevice, stillProven } from './devices.ts';
import { requestCaller } from './http/caller.ts';
import { sessionByHash, sessionFits, startSession } from './sessions.ts';
import { openStore, type SessionRow } from './store/store.ts';

const AT = '2026-11-23T08:00:00.000Z';
const NOW = new Date(AT);
const LATER = new Date(Date.parse(AT) + 3_600_000);
const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('device identity: the pairing token, never a stated id', () => {
  it('makes a device with a hub-made id; pairing it again gives a new token and kills the old one', () => {
    const store = openStore(':memory:');
    const first = pairDevice(store, { deviceId: null, address: '10.0.0.7', offeredName: 'Tablet A07' }, AT);
    expect(first.created).toBe(true);
    expect(first.device.id).toMatch(/^dev-[A-Za-z0-9_-]{16}$/);
    expect(store.getDevice(first.device.id)).toMatchObject({ name: 'Tablet A07', pairedAt: AT, lastAddress: '10.0.0.7', revokedAt: null });
    expect(proveDevice(store, first.deviceToken)).toEqual(first.device);

    const again = pairDevice(store, { deviceId: first.device.id, address: '10.0.0.7', offeredName: null }, AT);
    expect(again).toMatchObject({ created: false, device: { id: first.device.id } });
    expect(again.deviceToken).not.toBe(first.deviceToken);
    expect(proveDevice(store, first.deviceToken)).toBeNull();
    expect(stillProven(store, first.device)).toBe(false);
    expect(stillProven(store, again.device)).toBe(true);

    store.revokeDevice(first.device.id, AT);
    expect(proveDevice(store, again.deviceToken)).toBeNull();
    expect(stillProven(store, again.device)).toBe(false);
    // A device id that names no row (a client's claim) makes a new device rather than adopting the id.
    const claimed = pairDevice(store, { deviceId: 'chosen-by-client', address: '::1', offeredName: null }, AT);
    expect(claimed.device.id).not.toBe('chosen-by-client');
    expect(store.getDevice(claimed.device.id)?.name).toBe('unnamed device');
    expect(proveDevice(store, null)).toBeNull();
    expect(proveDevice(store, 'not-a-token')).toBeNull();
  });

  it.each([
    ['Tablet A07', 'Tablet A07'],
    ['  Máy\u0000 tính\nbảng\u202e A07\t', 'Máy tính bảng A07'],
    ['x'.repeat(5000), 'x'.repeat(100)],
    ['🙂'.repeat(150), '🙂'.repeat(100)],
    ['Nguyễn'.normalize('NFD'), 'Nguyễn'],
    ['\u0000\u0007  ', null],
    ['', null],
    [42, null],
    [null, null],
  ])('takes %j as a display name %j', (raw, expected) => {
    expect(displayName(raw)).toBe(expected);
  });
});

describe('sessions bound to their device', () => {
  const row = (role: string, deviceId: string | null) => ({ role, deviceId }) as SessionRow;

  it.each([
    ['delegate', 'dev-a', 'dev-a', true],
    ['delegate', 'dev-a', 'dev-b', false],
    ['delegate', 'dev-a', null, false],
    ['delegate', null, null, false],
    ['secretariat', 'dev-a', 'dev-a', true],
    ['secretariat', 'dev-a', null, false],
    ['secretariat', null, null, true],
    ['secretariat', null, 'dev-b', true],
  ] as const)('a %s session opened on %s fits a caller on %s: %s', (role, opened, caller, fits) => {
    expect(sessionFits(row(role, opened), caller)).toBe(fits);
  });

  it('an ended session says why, as recorded; an unknown reason reads as revoked; an expired one as expired', () => {
    const store = openStore(':memory:');
    const make = () => startSession(store, { role: 'secretariat', deviceId: null }, NOW, LATER).session.tokenHash;
    const [signedOut, odd, live] = [make(), make(), make()];
    store.endSession(signedOut, AT, 'signed_out');
    store.endSession(odd, AT, 'something else');
    expect(sessionByHash(store, signedOut, NOW)).toMatchObject({ ok: false, code: 'signed_out' });
    expect(sessionByHash(store, odd, NOW)).toMatchObject({ ok: false, code: 'revoked' });
    expect(sessionByHash(store, live, NOW)).toMatchObject({ ok: true });
    expect(sessionByHash(store, live, LATER)).toMatchObject({ ok: false, code: 'expired' });
    expect(sessionByHash(store, 'nope', NOW)).toMatchObject({ ok: false, code: 'unknown_session' });
  });

  it('over HTTP: a session counts only beside its device token; a device token alone is a paired guest', () => {
    const store = openStore(':memory:');
    const tablet = pairDevice(store, { deviceId: null, address: '::1', offeredName: 'A' }, AT);
    const other = pairDevice(store, { deviceId: null, address: '::1', offeredName: 'B' }, AT);
    const fields = { role: 'delegate' as const, deviceId: tablet.device.id, delegateId: 'd1', meetingId: 'm' };
    const { token } = startSession(store, fields, NOW, LATER);
    const caller = (headers: Record<string, string>, bearer: string | null) => requestCaller(store, request(headers), bearer, true, NOW);

    expect(caller({ 'x-device-token': tablet.deviceToken }, token)).toMatchObject({ ok: true, role: 'delegate', delegateId: 'd1', deviceId: tablet.device.id });
    const wrongDevices: Record<string, string>[] = [{}, { 'x-device-token': other.deviceToken }, { 'x-device-token': 'forged' }];
    for (const headers of wrongDevices) {
      expect(caller(headers, token)).toMatchObject({ ok: false, code: 'session_expired', message: expect.stringContaining('X-Device-Token') });
    }
    expect(caller({ 'x-device-token': other.deviceToken }, null)).toMatchObject({ ok: true, role: 'guest', deviceId: other.device.id });
    expect(caller({}, other.deviceToken)).toMatchObject({ ok: true, role: 'guest', deviceId: other.device.id });
    expect(caller({}, null)).toMatchObject({ ok: false, code: 'not_paired' });
    expect(caller({ 'x-device-token': 'forged' }, null)).toMatchObject({ ok: false, code: 'not_paired' });
    expect(caller({}, 'unknown')).toMatchObject({ ok: false, code: 'session_expired' });
    expect(requestCaller(store, request({}), null, false, NOW)).toMatchObject({ ok: true, role: 'guest', deviceId: null });
  });
});
