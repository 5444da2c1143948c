import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, connectRefused, expectHealthy, expectRefused, roomState, staffAttempts, staffSession, until } from '../support/hostile.ts';
import { connect, emitRaw, ok, pairedDevice, send, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { uploadFixture } from '../support/preload.ts';

/**
 * A device is who its pairing token says, never what it claims: an unpaired connection has no device identity and
 * writes nothing; a session opened on a device (every delegate's) counts only beside that device's token, over
 * sockets and over HTTP.
 */
describe('hostile: devices are who their token says', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  const meetingId = 'hd';
  let delegate: { id: string; badge: { token: string; shortCode: string } };
  const docs = { open: '', restricted: '' };
  const opened: TestSocket[] = [];
  const keep = <S extends TestSocket>(s: S) => (opened.push(s), s);
  const doc = (sha: string, headers: Record<string, string>) => fetch(`${t.hub.url}/api/documents/${sha}`, { headers });
  const state = () => roomState(t.hub.url, t.passcode, meetingId);

  beforeAll(async () => {
    t = await startTestHub({ sessionSweepMs: 250 });
    const staff = await staffSession(t.hub.url, t.passcode);
    secretariat = keep(staff.socket);
    await ok(secretariat, 'meeting.create', { id: meetingId, title: 'Phiên họp', date: new Date().toISOString().slice(0, 10) });
    await ok(secretariat, 'agenda.add', { meetingId, title: 'Khai mạc' });
    const upload = (file: string) => uploadFixture(t.hub.url, staff.token, file);
    docs.open = await upload('multicolumn.pdf');
    docs.restricted = await upload('habibi.pdf');
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Chương trình', sha256: docs.open });
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Tờ trình mật', sha256: docs.restricted, access: { kind: 'groups', groups: ['Thường trực'] } });
    const id = (await ok(secretariat, 'delegate.add', { meetingId, fullName: 'Trần Thị Thu Hằng', group: 'Thường trực' })).data.delegateId;
    delegate = { id, badge: (await ok(secretariat, 'badge.issue', { meetingId, delegateId: id })).data };
    await ok(secretariat, 'meeting.publish', { meetingId });
  }, 60_000);
  afterAll(async () => {
    for (const s of opened) s.disconnect();
    await t?.stop();
  });

  it('device.pair makes the device with a hub-made id and the offered name, bounded; the handshake id is ignored', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'A07');
    keep(tablet.socket);
    expect(tablet.deviceId).toMatch(/^dev-[A-Za-z0-9_-]{16}$/);
    const claimed = keep(await connect(t.hub.url, { deviceId: 'chosen-by-me', deviceName: `  Máy\u0000 ${'x'.repeat(500)}\n` }));
    const { code } = (await ok(secretariat, 'pairing.get', {})).data;
    const paired = (await ok(claimed, 'device.pair', { code })).data;
    expect(paired.deviceId).not.toBe('chosen-by-me');
    const listed = (await ok(secretariat, 'device.list', {})).data.devices;
    expect(listed.find((d) => d.id === tablet.deviceId)?.name).toBe('Máy tính bảng A07');
    const made = listed.find((d) => d.id === paired.deviceId)!;
    expect(made.name).toMatch(/^Máy x+$/);
    expect(made.name.length).toBe(100);
    expect(listed.some((d) => d.id === 'chosen-by-me')).toBe(false);
    await expectHealthy(t.hub.url);
  });

  it("device-id theft: claiming a paired tablet's id neither renames it nor gets its rights, nor its delegate's session", async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'thật');
    keep(tablet.socket);
    const { token } = (await ok(tablet.socket, 'session.badgeSignIn', { meetingId, code: delegate.badge.token, takeOver: true })).data;
    const before = await state();
    const thief = keep(await connect(t.hub.url, { deviceId: tablet.deviceId, deviceName: 'Kẻ mạo danh' }));
    for (const [name, payload] of [
      ['meeting.list', {}],
      ['meeting.open', { meetingId }],
      ['preload.report', { meetingId, documents: [] }],
      ['session.badgeSignIn', { meetingId, code: delegate.badge.shortCode, takeOver: true }],
    ] as const) {
      expect(await emitRaw(thief, name, payload), name).toMatchObject({ ok: false, code: 'not_paired' });
    }
    // With her session token too (copied from the tablet), the claimed id makes no device of it.
    const ended = collect(thief, 'session.ended');
    const refused = await connectRefused(t.hub.url, { deviceId: tablet.deviceId, deviceName: 'Kẻ mạo danh', sessionToken: token });
    const withSession = keep(refused.socket);
    expect(refused.ended).toMatchObject({ code: 'other_device' });
    expect(await send(withSession, 'meeting.open', { meetingId })).toMatchObject({ ok: false, code: 'not_paired' });
    expect(await send(withSession, 'session.resume', { token })).toMatchObject({ ok: false, code: 'session_expired' });
    await expectRefused(withSession, staffAttempts(meetingId, 'x', tablet.deviceId));
    expect(ended).toEqual([]);
    expect(await state()).toEqual(before);
    // The tablet itself goes on as before.
    expect(await send(tablet.socket, 'session.resume', { token })).toMatchObject({ ok: true, data: { delegateId: delegate.id } });
    await expectHealthy(t.hub.url);
  });

  it("a delegate's session token over HTTP reads nothing without her tablet's device token", async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'của-chị-Hằng');
    const other = await pairedDevice(t.hub.url, t.passcode, 'khác');
    keep(tablet.socket);
    keep(other.socket);
    const { token } = (await ok(tablet.socket, 'session.badgeSignIn', { meetingId, code: delegate.badge.shortCode, takeOver: true })).data;
    for (const sha of [docs.restricted, docs.open]) {
      for (const headers of [{ Authorization: `Bearer ${token}` }, other.headers(token), { Authorization: `Bearer ${token}`, 'X-Device-Token': 'forged' }]) {
        const res = await doc(sha, headers);
        expect(res.status, JSON.stringify(headers)).toBe(401);
        const body = (await res.json()) as { code: string; message: string };
        expect(body).toMatchObject({ code: 'session_expired', message: expect.stringContaining('X-Device-Token') });
      }
    }
    // From her own tablet, with both tokens: she reads her group's document.
    const own = await doc(docs.restricted, tablet.headers(token));
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // The other tablet's own token reads what any paired device reads, and nothing restricted.
    expect((await doc(docs.open, other.headers())).status).toBe(200);
    expect((await doc(docs.restricted, other.headers())).status).toBe(401);
    await expectHealthy(t.hub.url);
  });

  it('a staff session opened on a paired device is bound to it; one opened on a console that never paired is not', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'bàn-thư-ký');
    keep(tablet.socket);
    const { token } = (await ok(tablet.socket, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data;
    const refused = await connectRefused(t.hub.url, { sessionToken: token });
    const elsewhere = keep(refused.socket);
    expect(refused.ended).toMatchObject({ code: 'other_device' });
    expect(await send(elsewhere, 'pairing.rotate', {})).toMatchObject({ ok: false, code: 'not_signed_in' });
    expect((await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: 'x', headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    const onIt = keep(await tablet.reconnect({ sessionToken: token }));
    expect(await send(onIt, 'device.list', {})).toMatchObject({ ok: true });
    expect((await doc(docs.restricted, tablet.headers(token))).status).toBe(200);
    // A console that never paired: its staff token is a bearer token, as before.
    const consoleSession = await staffSession(t.hub.url, t.passcode);
    keep(consoleSession.socket);
    expect((await doc(docs.restricted, { Authorization: `Bearer ${consoleSession.token}` })).status).toBe(200);
  });

  it('a device that pairs again gets a new token: the old one is dead at once, on sockets and HTTP', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'ghép-lại');
    keep(tablet.socket);
    const copy = keep(await tablet.reconnect());
    const told = collect(copy, 'session.ended');
    const { code } = (await ok(secretariat, 'pairing.get', {})).data;
    const again = (await ok(tablet.socket, 'device.pair', { code })).data;
    expect(again.deviceId).toBe(tablet.deviceId);
    expect(again.deviceToken).not.toBe(tablet.deviceToken);
    expect(await send(copy, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    await until(() => told.length > 0, 2000, 'the old connection told');
    expect(told[0]).toMatchObject({ code: 'unpaired' });
    expect(await send(keep(await tablet.reconnect()), 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    expect(await send(keep(await connect(t.hub.url, { deviceToken: again.deviceToken })), 'meeting.list', {})).toMatchObject({ ok: true });
    expect(await send(tablet.socket, 'meeting.list', {})).toMatchObject({ ok: true });
    expect((await doc(docs.open, tablet.headers())).status).toBe(401);
    expect((await doc(docs.open, { 'X-Device-Token': again.deviceToken })).status).toBe(200);
    await expectHealthy(t.hub.url);
  });

  it('520 unpaired sockets, each claiming an id and a name, write no device row', async () => {
    const before = await state();
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    for (let batch = 0; batch < 13; batch++) {
      const sockets = await Promise.all(
        Array.from({ length: 40 }, (_, i) => connect(t.hub.url, { deviceId: `flood-${batch}-${i}`, deviceName: `Máy ${batch}-${i}`, deviceToken: `guess-${batch}-${i}` })),
      );
      const acks = await Promise.all(sockets.map((s) => send(s, 'meeting.list', {})));
      expect(acks.every((a) => !a.ok && a.code === 'not_paired')).toBe(true);
      for (const s of sockets) s.disconnect();
      expect(Date.now() - started).toBeLessThan(60_000);
    }
    expect(await state()).toEqual(before);
    // The hub runs in this process: 520 refused connections leave no lasting weight.
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    await expectHealthy(t.hub.url);
  }, 90_000);
});
