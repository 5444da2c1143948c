import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBadge } from '../../shared/domain/badge-token.ts';
import { quorumStatus } from '../../shared/domain/quorum.ts';
import { connect, emitRaw, nextPush, ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';

const replaceLast = (token: string, part: string) => `${token.slice(0, token.lastIndexOf('.'))}.${part}`;

describe('badges, check-in and attendance', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let desk: TestSocket;
  let chair: TestSocket;
  const delegates: string[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    desk = await signIn(t.hub.url, t.passcode, 'checkin');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    await ok(secretariat, 'meeting.create', { id: 'c', title: 'Đại hội', date: new Date().toISOString().slice(0, 10) });
    for (let n = 0; n < 200; n++) {
      delegates.push((await ok(secretariat, 'delegate.add', { meetingId: 'c', fullName: `Đại biểu Nguyễn Văn ${n}`, seat: `S${n}` })).data.delegateId);
    }
  });
  afterAll(async () => {
    for (const s of [secretariat, desk, chair]) s?.disconnect();
    await t?.stop();
  });

  it('checks 200 delegates in from ten desks at once, counts exact, and the chair sees every one', async () => {
    const badges = [];
    for (const delegateId of delegates) badges.push((await ok(secretariat, 'badge.issue', { meetingId: 'c', delegateId })).data);
    // One after the other: the hub lets at most five sign-ins from one address be checked at once (a guess counts
    // until its passcode is found right), and these ten desks all share the loopback address.
    const desks: TestSocket[] = [];
    for (let n = 0; n < 10; n++) desks.push(await signIn(t.hub.url, t.passcode, 'checkin'));
    await ok(chair, 'meeting.open', { meetingId: 'c' });
    const toChair = watchMeeting(chair, 'c');
    // Every badge scanned twice, by two different desks, all at once.
    const scans = badges.flatMap((b, i) => [
      send(desks[i % 10]!, 'checkin.scan', { meetingId: 'c', code: b.token }),
      send(desks[(i + 3) % 10]!, 'checkin.scan', { meetingId: 'c', code: b.token }),
    ]);
    const acks = await Promise.all(scans);
    for (const d of desks) d.disconnect();
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    const outcomes = acks.map((a) => (a.ok ? a.data.outcome : 'refused'));
    expect(outcomes.filter((o) => o === 'checked_in')).toHaveLength(200);
    expect(outcomes.filter((o) => o === 'already_present')).toHaveLength(200);
    // Pushed to the chair merged, a few times a second: every check-in is in them.
    const changes = await toChair.reach(Math.max(...acks.map((a) => (a.ok ? (a.revision ?? 0) : 0))));
    const seen = new Set(changes.filter((c) => c.collection === 'attendance' && c.value?.status === 'present').map((c) => c.id));
    expect(toChair.pushes.length).toBeLessThan(40);
    toChair.stop();

    const snap = await ok(chair, 'meeting.open', { meetingId: 'c' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const present = snap.data.snapshot.attendance.filter((a) => a.status === 'present').length;
    expect(present).toBe(200);
    expect(seen.size).toBe(200);
    expect(quorumStatus(snap.data.snapshot.meeting.quorumRule, snap.data.snapshot.delegates.length, present)).toMatchObject({ reached: true, required: 101 });
  });

  it('refuses a replaced badge, and accepts the new one and its short code', async () => {
    const delegateId = delegates[0]!;
    const old = (await ok(desk, 'badge.issue', { meetingId: 'c', delegateId })).data;
    const replacement = (await ok(desk, 'badge.issue', { meetingId: 'c', delegateId })).data;
    expect(replacement.serial).toBe(old.serial + 1);
    expect(await send(desk, 'checkin.scan', { meetingId: 'c', code: old.token })).toMatchObject({ ok: false, code: 'badge_revoked' });
    expect(await send(desk, 'checkin.scan', { meetingId: 'c', code: old.shortCode })).toMatchObject({ ok: false, code: 'badge_revoked' });
    expect(await send(desk, 'checkin.scan', { meetingId: 'c', code: replacement.token })).toMatchObject({ ok: true, data: { delegateId } });
    expect(await send(desk, 'checkin.scan', { meetingId: 'c', code: replacement.shortCode.toLowerCase().replace('-', ' ') })).toMatchObject({
      ok: true,
      data: { delegateId, outcome: 'already_present' },
    });
  });

  it.each([
    ['a forged signature', (token: string) => replaceLast(token, 'A'.repeat(22)), 'badge_forged'],
    ['another key', () => signBadge({ meetingId: 'c', delegateId: 'x', serial: 1, expiresDay: 99_999 }, (m) => createHmac('sha256', 'k').update(m).digest().subarray(0, 16).toString('base64url')), 'badge_forged'],
    ['an altered delegate', (token: string) => token.replace(/^RT1\.c\.[^.]+/, `RT1.c.${delegates[5]}`), 'badge_altered'],
    ['a truncated scan', (token: string) => token.slice(0, 30), 'badge_truncated'],
    ['another meeting', (token: string) => token.replace(/^RT1\.c\./, 'RT1.other.'), 'badge_other_meeting'],
    ['a shopping QR', () => 'https://shop.example/item/42', 'badge_malformed'],
    ['an unknown short code', () => 'ZZZZ-ZZZZ', 'not_found'],
  ])('refuses %s with its own code, and changes nothing', async (_, make, code) => {
    const delegateId = delegates[1]!;
    await ok(secretariat, 'checkin.checkout', { meetingId: 'c', delegateId }).catch(() => undefined);
    const { token } = (await ok(secretariat, 'badge.issue', { meetingId: 'c', delegateId })).data;
    const before = await revision();
    const ack = await send(desk, 'checkin.scan', { meetingId: 'c', code: make(token) });
    expect(ack).toMatchObject({ ok: false, code });
    if (!ack.ok) expect(ack.message.length).toBeGreaterThan(10);
    expect(await revision()).toBe(before);
  });

  it('checks out, checks in by hand for a lost badge, and lets the chair excuse someone', async () => {
    const delegateId = delegates[2]!;
    await ok(desk, 'checkin.checkout', { meetingId: 'c', delegateId });
    expect(await send(desk, 'checkin.checkout', { meetingId: 'c', delegateId })).toMatchObject({ ok: false, code: 'conflict' });
    const manual = await ok(desk, 'checkin.manual', { meetingId: 'c', delegateId });
    expect(manual.data).toMatchObject({ outcome: 'checked_in', fullName: 'Đại biểu Nguyễn Văn 2' });
    await ok(chair, 'attendance.set', { meetingId: 'c', delegateId: delegates[3]!, status: 'excused' });
    expect(await send(desk, 'attendance.set', { meetingId: 'c', delegateId: delegates[3]!, status: 'present' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('computes the quorum under the meeting rule the secretariat sets', async () => {
    await ok(secretariat, 'meeting.update', { meetingId: 'c', quorumRule: { kind: 'fixed', count: 250 } });
    const snap = await ok(chair, 'meeting.open', { meetingId: 'c' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const { meeting, delegates: list, attendance } = snap.data.snapshot;
    expect(meeting.quorumRule).toEqual({ kind: 'fixed', count: 250 });
    expect(quorumStatus(meeting.quorumRule, list.length, attendance.filter((a) => a.status === 'present').length).reached).toBe(false);
    expect(await emitRaw(secretariat, 'meeting.update', { meetingId: 'c', quorumRule: { kind: 'fixed', count: 0 } })).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
  });

  async function revision() {
    const snap = await ok(secretariat, 'meeting.open', { meetingId: 'c' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return snap.data.snapshot.revision;
  }
});

describe('pairing and badge sign-in on tablets', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let delegateId: string;
  let badge: { token: string; shortCode: string };

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'meeting.create', { id: 'p', title: 'Phiên họp', date: new Date().toISOString().slice(0, 10) });
    delegateId = (await ok(secretariat, 'delegate.add', { meetingId: 'p', fullName: 'Trần Thị Thu Hằng', group: 'Thường trực', seat: 'A02' })).data.delegateId;
    badge = (await ok(secretariat, 'badge.issue', { meetingId: 'p', delegateId })).data;
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
  });

  it('refuses an unpaired device everything but pairing and signing in, over sockets and HTTP', async () => {
    const stranger = await connect(t.hub.url, { deviceName: 'stranger' });
    for (const [name, payload] of [
      ['meeting.list', {}],
      ['meeting.open', { meetingId: 'p' }],
      ['session.badgeSignIn', { meetingId: 'p', code: badge.shortCode }],
    ] as const) {
      expect(await emitRaw(stranger, name, payload), name).toMatchObject({ ok: false, code: 'not_paired' });
    }
    // A staff command asks for signing in first, paired or not.
    for (const [name, payload] of [
      ['agenda.setCurrent', { meetingId: 'p', itemId: null }],
      ['checkin.scan', { meetingId: 'p', code: badge.token }],
    ] as const) {
      expect(await emitRaw(stranger, name, payload), name).toMatchObject({ ok: false, code: 'not_signed_in' });
    }
    expect(await send(stranger, 'device.pair', { code: '000000' })).toMatchObject({ ok: false, code: 'bad_passcode' });
    stranger.disconnect();
    const health = await fetch(`${t.hub.url}/api/health`);
    expect(health.status).toBe(200);
    // No such document here: 404 comes before who may read it (the conformance test has the not_paired case).
    const doc = await fetch(`${t.hub.url}/api/documents/${'a'.repeat(64)}`);
    expect(await doc.json()).toMatchObject({ code: 'not_found' });
    // A device is its token: stating a paired device's id (or a token that is not one) pairs nothing.
    const paired = await pairedDevice(t.hub.url, t.passcode, 'real-tablet');
    paired.socket.disconnect();
    for (const auth of [{ deviceId: paired.deviceId }, { deviceId: paired.deviceId, deviceToken: `${paired.deviceToken}x` }]) {
      const impostor = await connect(t.hub.url, auth);
      expect(await send(impostor, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
      impostor.disconnect();
    }
  });

  it('signs a delegate in by badge, moves the session on request, and attributes events to the badge holder', async () => {
    const first = await pairedDevice(t.hub.url, t.passcode, 'tablet-a');
    const signedIn = await ok(first.socket, 'session.badgeSignIn', { meetingId: 'p', code: badge.token });
    expect(signedIn.data).toMatchObject({ role: 'delegate', delegateId, meetingId: 'p' });

    const second = await pairedDevice(t.hub.url, t.passcode, 'tablet-b');
    const refused = await send(second.socket, 'session.badgeSignIn', { meetingId: 'p', code: badge.shortCode });
    expect(refused).toMatchObject({ ok: false, code: 'session_elsewhere' });
    if (!refused.ok) expect(refused.message).toContain('Máy tính bảng tablet-a');

    const ended = nextPush(first.socket, 'session.ended');
    const moved = await ok(second.socket, 'session.badgeSignIn', { meetingId: 'p', code: badge.shortCode, takeOver: true });
    expect(await ended).toMatchObject({ code: 'signed_in_elsewhere', reason: expect.stringMatching(/another device/) });
    // The first tablet is a paired guest again; its old token no longer resumes anything.
    expect(await send(first.socket, 'session.resume', { token: signedIn.data.token })).toMatchObject({ ok: false, code: 'session_expired' });

    // A delegate may not act as staff, whatever it sends.
    expect(await send(second.socket, 'agenda.add', { meetingId: 'p', title: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
    // The session is bound to its tablet: its token does not open it on another device.
    const thief = await pairedDevice(t.hub.url, t.passcode, 'tablet-c');
    expect(await send(thief.socket, 'session.resume', { token: moved.data.token })).toMatchObject({ ok: false, code: 'session_expired' });
    expect(await send(second.socket, 'session.resume', { token: moved.data.token })).toMatchObject({ ok: true, data: { delegateId } });
    for (const s of [first.socket, second.socket, thief.socket]) s.disconnect();
  });

  it('lists devices for the secretariat and revokes one: its sessions end and it may read nothing more', async () => {
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'tablet-r');
    await ok(tablet.socket, 'session.badgeSignIn', { meetingId: 'p', code: badge.token, takeOver: true });
    const list = await ok(secretariat, 'device.list', {});
    expect(list.data.devices.find((d) => d.id === tablet.deviceId)).toMatchObject({ online: true, role: 'delegate', delegateName: 'Trần Thị Thu Hằng' });

    const ended = nextPush(tablet.socket, 'session.ended');
    await ok(secretariat, 'device.revoke', { deviceId: tablet.deviceId });
    expect(await ended).toMatchObject({ code: 'unpaired', reason: expect.stringMatching(/unpaired/) });
    expect(await send(tablet.socket, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    tablet.socket.disconnect();
    const again = await tablet.reconnect();
    expect(await send(again, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    again.disconnect();
    const after = await ok(secretariat, 'device.list', {});
    expect(after.data.devices.find((d) => d.id === tablet.deviceId)?.revokedAt).toEqual(expect.any(String));
  });

  it('rotates the pairing code: the old one stops working, paired devices stay paired', async () => {
    const kept = await pairedDevice(t.hub.url, t.passcode, 'tablet-k');
    const old = (await ok(secretariat, 'pairing.get', {})).data.code;
    const fresh = (await ok(secretariat, 'pairing.rotate', {})).data.code;
    expect(fresh).toMatch(/^\d{6}$/);
    const late = await connect(t.hub.url, { deviceName: 'late' });
    if (old !== fresh) expect(await send(late, 'device.pair', { code: old })).toMatchObject({ ok: false, code: 'bad_passcode' });
    expect(await send(late, 'device.pair', { code: fresh })).toMatchObject({ ok: true });
    late.disconnect();
    kept.socket.disconnect();
    const back = await kept.reconnect();
    expect(await send(back, 'meeting.list', {})).toMatchObject({ ok: true });
    back.disconnect();
  });
});
