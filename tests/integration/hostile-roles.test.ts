import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.ts';
import { expectHealthy, expectRefused } from '../support/hostile.ts';
import { connect, nextPush, ok, pairedDevice, send, staffCredential, staffSession, startTestHub, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';

/**
 * Staff roles are real: each signs in with its own credential and the hub decides the role; a role never reaches
 * another's commands; a check-in desk gets nothing that reads a delegate's documents; revoking a credential ends its
 * sessions at once. Every refusal has a code and changes nothing; the hub keeps answering.
 */
describe('role escalation', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let adminToken: string;
  let sha256: string;
  const meetingId = 'r';
  const delegates: Record<'member' | 'other', string> = { member: '', other: '' };
  const sockets: TestSocket[] = [];
  const keep = (s: TestSocket) => (sockets.push(s), s);

  /** What a refused command might have changed, as the secretariat reads it. */
  const state = async () => {
    const open = (await ok(secretariat, 'meeting.open', { meetingId })).data;
    if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
    return {
      revision: open.snapshot.revision,
      credentials: (await ok(secretariat, 'staff.list', {})).data.credentials.map((c) => `${c.id}:${c.revokedAt ?? ''}`),
      code: (await ok(secretariat, 'pairing.get', {})).data.code,
      meetings: (await ok(secretariat, 'meeting.list', {})).data.meetings.length,
    };
  };

  beforeAll(async () => {
    t = await startTestHub();
    ({ socket: secretariat, token: adminToken } = await staffSession(t.hub.url, t.passcode, 'secretariat'));
    keep(secretariat);
    const res = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: new Uint8Array(fixture('habibi.pdf')), headers: { Authorization: `Bearer ${adminToken}` } });
    sha256 = ((await res.json()) as { sha256: string }).sha256;
    await ok(secretariat, 'meeting.create', { id: meetingId, title: 'Hội nghị', date: '2026-11-23' });
    delegates.member = (await ok(secretariat, 'delegate.add', { meetingId, fullName: 'Lê Thị Thường Trực', group: 'Thường trực' })).data.delegateId;
    delegates.other = (await ok(secretariat, 'delegate.add', { meetingId, fullName: 'Phạm Văn Khác' })).data.delegateId;
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Chương trình', sha256, access: { kind: 'all' } });
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Tờ trình nhóm (Mật)', sha256, access: { kind: 'groups', groups: ['Thường trực'] } });
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Báo cáo nội bộ (Mật)', sha256, access: { kind: 'staff' } });
    await ok(secretariat, 'badge.issueMissing', { meetingId });
    await ok(secretariat, 'meeting.publish', { meetingId });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.stop();
  });

  it('signs a credential in only as its own role: a chair credential asking for the secretariat is refused and opens nothing', async () => {
    const chairSecret = await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa');
    const before = await state();
    const socket = keep(await connect(t.hub.url));
    expect(await send(socket, 'session.signIn', { passcode: chairSecret, role: 'secretariat' })).toMatchObject({ ok: false, code: 'forbidden' });
    // Refused means not signed in at all: the connection is still an unpaired guest.
    expect(await send(socket, 'staff.list', {})).toMatchObject({ ok: false, code: 'not_signed_in' });
    expect(await send(socket, 'session.signIn', { passcode: t.passcode, role: 'chair' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ok(socket, 'session.signIn', { passcode: chairSecret })).toMatchObject({ data: { role: 'chair' } });

    const codes = await expectRefused(socket, [
      ['staff.list', {}],
      ['staff.issue', { role: 'checkin', label: 'Bàn giả' }],
      ['staff.revoke', { credentialId: 'anything' }],
      ['security.failures', {}],
      ['meeting.create', { title: 'Chiếm quyền', date: '2026-12-01' }],
      ['delegate.update', { meetingId, delegateId: delegates.member, group: 'Khác' }],
      ['document.update', { meetingId, documentId: 'x', access: { kind: 'all' } }],
      ['device.list', {}],
      ['pairing.rotate', {}],
    ]);
    expect(new Set(codes)).toEqual(new Set(['forbidden']));
    expect(await state()).toEqual(before);
    await expectHealthy(t.hub.url);
  });

  it('gives a check-in desk the delegate list and check-in, and nothing that reads a delegate’s documents', async () => {
    const { socket: desk, token: deskToken } = await staffSession(t.hub.url, t.passcode, 'checkin');
    keep(desk);
    const open = (await ok(desk, 'meeting.open', { meetingId })).data;
    if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(open.snapshot.delegates.map((d) => d.id).sort()).toEqual(Object.values(delegates).sort());
    // No document at all, open ones included, and no badge token or short code anywhere in what it holds.
    expect(open.snapshot.documents).toEqual([]);
    const held = JSON.stringify(open.snapshot);
    expect(held).not.toContain('RT1.');
    expect(held).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(held).not.toContain('Mật');
    // A document changed later reaches the desk as a deletion only.
    const pushed = watchMeeting(desk, meetingId);
    const added = await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Phụ lục (Mật)', sha256, access: { kind: 'staff' } });
    const { documentId } = added.data;
    expect((await pushed.reach(added.revision!)).filter((c) => c.collection === 'document')).toEqual([{ collection: 'document', id: documentId, value: null }]);
    expect(JSON.stringify(pushed.pushes)).not.toContain('Mật');
    pushed.stop();
    // Over HTTP, the bytes are refused to the desk's session.
    const download = await fetch(`${t.hub.url}/api/documents/${sha256}`, { headers: { Authorization: `Bearer ${deskToken}` } });
    expect(download.status).toBe(403);
    expect(await download.json()).toMatchObject({ code: 'forbidden' });

    // Its own work goes through: a manual check-in and a reissued badge, which it prints once.
    await ok(desk, 'checkin.manual', { meetingId, delegateId: delegates.other });
    const reissued = (await ok(desk, 'badge.issue', { meetingId, delegateId: delegates.member })).data;
    const png = (id: string) => fetch(`${t.hub.url}/api/meetings/${meetingId}/delegates/${id}/badge.png`, { headers: { Authorization: `Bearer ${deskToken}` } });
    expect((await png(delegates.member)).status).toBe(200);
    // A badge already in someone's hands (issued more than ten minutes ago) is not the desk's to print: its QR signs in.
    const db = new Database(join(t.dataDir, 'roundtable.db'));
    db.prepare("UPDATE badges SET issued_at = '2026-01-01T00:00:00.000Z' WHERE delegate_id = ?").run(delegates.other);
    db.close();
    const old = await png(delegates.other);
    expect(old.status).toBe(403);
    expect(await old.json()).toMatchObject({ code: 'forbidden' });

    // What a desk may not send.
    const before = await state();
    const codes = await expectRefused(desk, [
      ['document.update', { meetingId, documentId, access: { kind: 'all' } }],
      ['delegate.update', { meetingId, delegateId: delegates.member, group: 'Khác' }],
      ['badge.issueMissing', { meetingId }],
      ['preload.list', { meetingId }],
      ['pairing.get', {}],
      ['staff.list', {}],
      ['security.failures', {}],
      ['session.badgeSignIn', { meetingId, code: reissued.shortCode }],
    ]);
    expect(new Set(codes)).toEqual(new Set(['forbidden']));
    expect(await state()).toEqual(before);

    // The device a desk works on never opens a delegate's session, even signed out and paired on its own.
    const device = await pairedDevice(t.hub.url, t.passcode);
    keep(device.socket);
    const onDesk = keep(await device.reconnect());
    await ok(onDesk, 'session.signIn', { passcode: await staffCredential(t.hub.url, t.passcode, 'checkin'), role: 'checkin' });
    await ok(onDesk, 'session.signOut', {});
    expect(await send(onDesk, 'session.badgeSignIn', { meetingId, code: reissued.shortCode })).toMatchObject({ ok: false, code: 'forbidden' });
    // The badge still works where it belongs: on the delegate's own tablet, with nobody signed in elsewhere.
    const tablet = await pairedDevice(t.hub.url, t.passcode);
    keep(tablet.socket);
    expect(await send(tablet.socket, 'session.badgeSignIn', { meetingId, code: reissued.shortCode })).toMatchObject({ ok: true, data: { role: 'delegate' } });
    await expectHealthy(t.hub.url);
  });

  it('revoking a credential ends every session opened with it at once, and it signs in no more', async () => {
    const secret = await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa dự phòng');
    const first = keep(await connect(t.hub.url));
    const second = keep(await connect(t.hub.url));
    for (const s of [first, second]) await ok(s, 'session.signIn', { passcode: secret });
    const credential = (await ok(secretariat, 'staff.list', {})).data.credentials.find((c) => c.label === 'Chủ tọa dự phòng')!;
    expect(credential).toMatchObject({ role: 'chair', liveSessions: 2, revokedAt: null });
    const told = [nextPush(first, 'session.ended'), nextPush(second, 'session.ended')];
    expect((await ok(secretariat, 'staff.revoke', { credentialId: credential.id })).data).toEqual({ endedSessions: 2 });
    for (const push of await Promise.all(told)) expect(push).toMatchObject({ code: 'credential_revoked' });
    for (const s of [first, second]) expect(await send(s, 'agenda.setCurrent', { meetingId, itemId: null })).toMatchObject({ ok: false });
    expect(await send(keep(await connect(t.hub.url)), 'session.signIn', { passcode: secret })).toMatchObject({ ok: false, code: 'bad_passcode' });
    expect((await ok(secretariat, 'staff.list', {})).data.credentials.find((c) => c.id === credential.id)).toMatchObject({ revokedAt: expect.any(String), liveSessions: 0 });
    expect(await send(secretariat, 'staff.revoke', { credentialId: credential.id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(secretariat, 'staff.revoke', { credentialId: 'no-such-one' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('issues credentials only for the chair, the desks and the projector, each with a label, and shows each secret once', async () => {
    const before = await state();
    for (const bad of [{ role: 'secretariat', label: 'Thư ký 2' }, { role: 'delegate', label: 'x' }, { role: 'chair', label: '   ' }, { role: 'chair' }]) {
      expect(await send(secretariat, 'staff.issue', bad as never)).toMatchObject({ ok: false, code: 'bad_request' });
    }
    expect(await state()).toEqual(before);
    const issued = (await ok(secretariat, 'staff.issue', { role: 'projector', label: 'Màn hình hội trường' })).data;
    expect(issued.secret).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    // Never listed again.
    expect(JSON.stringify((await ok(secretariat, 'staff.list', {})).data)).not.toContain(issued.secret);
    const projector = keep(await connect(t.hub.url));
    expect(await ok(projector, 'session.signIn', { passcode: issued.secret })).toMatchObject({ data: { role: 'projector' } });
  });
});
