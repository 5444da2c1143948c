import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput, CommandResult, DocumentAccess, PreloadDevice, PushName } from '../../shared/protocol/index.ts';
import { fixture } from '../support/fixtures.ts';
import { openStore } from '../../main/hub/store/store.ts';
import { connect, nextPush, ok, pairedDevice, send, signIn, staffCredential, startTestHub, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';

type ReportDocument = CommandInput<'preload.report'>['documents'][number];

/** Resolves true if a push of that name arrives within `ms`, false otherwise. */
function pushedWithin(socket: TestSocket, name: PushName, ms: number): Promise<boolean> {
  return nextPush(socket, name, ms).then(
    () => true,
    () => false,
  );
}

/** The row of one device in the next `preload.changed` that carries it (rows of several devices come merged). */
function nextRow(socket: TestSocket, deviceId: string, ms = 5000): Promise<PreloadDevice> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (socket.off('preload.changed', seen), reject(new Error(`no preload.changed for ${deviceId} within ${ms} ms`))), ms);
    const seen = (push: { devices: PreloadDevice[] }) => {
      const mine = push.devices.find((d) => d.deviceId === deviceId);
      if (!mine) return;
      clearTimeout(timer);
      socket.off('preload.changed', seen);
      resolve(mine);
    };
    socket.on('preload.changed', seen);
  });
}

describe('preload reports from the tablets', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let chair: TestSocket;
  const meetingId = 'pr';
  const docs: Record<'open' | 'group', { id: string; sha256: string; bytes: number }> = {} as never;
  let member: { id: string; socket: TestSocket; deviceId: string; deviceName: string };
  let other: { id: string; socket: TestSocket; deviceId: string; deviceName: string };
  let guestTablet: { socket: TestSocket; deviceId: string };

  /** The revision a meeting.open answer is at, whichever form the hub chose (the shorter). */
  const revisionOf = (answer: CommandResult<'meeting.open'>) => (answer.mode === 'changes' ? answer.revision : answer.snapshot.revision);
  const row = (list: PreloadDevice[], deviceId: string) => {
    const found = list.find((d) => d.deviceId === deviceId);
    if (!found) throw new Error(`no row for ${deviceId} in ${JSON.stringify(list.map((d) => d.deviceId))}`);
    return found;
  };
  const entry = (
    which: 'open' | 'group',
    state: ReportDocument['state'],
    bytesDone: number,
    error: string | null = null,
    errorKind: ReportDocument['errorKind'] = null,
  ): ReportDocument => ({
    documentId: docs[which].id,
    sha256: docs[which].sha256,
    bytes: docs[which].bytes,
    bytesDone,
    state,
    error,
    errorKind,
  });

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    const token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    await ok(secretariat, 'meeting.create', { id: meetingId, title: 'Phiên họp', date: new Date().toISOString().slice(0, 10) });
    const plan: ['open' | 'group', string, DocumentAccess][] = [
      ['open', 'multicolumn.pdf', { kind: 'all' }],
      ['group', 'habibi.pdf', { kind: 'groups', groups: ['Thường trực'] }],
    ];
    for (const [which, file, access] of plan) {
      const res = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: new Uint8Array(fixture(file)), headers: { Authorization: `Bearer ${token}` } });
      const { sha256, bytes } = (await res.json()) as { sha256: string; bytes: number };
      const { documentId } = (await ok(secretariat, 'document.add', { meetingId, itemId: null, title: `Tài liệu ${which}`, sha256, access })).data;
      docs[which] = { id: documentId, sha256, bytes };
    }
    const signedIn = async (fullName: string, group: string, label: string) => {
      const id = (await ok(secretariat, 'delegate.add', { meetingId, fullName, group })).data.delegateId;
      const badge = (await ok(secretariat, 'badge.issue', { meetingId, delegateId: id })).data;
      const { socket, deviceId, deviceName } = await pairedDevice(t.hub.url, t.passcode, label);
      await ok(socket, 'session.badgeSignIn', { meetingId, code: badge.token });
      return { id, socket, deviceId, deviceName };
    };
    member = await signedIn('Nguyễn Văn Hùng', 'Thường trực', 'tablet-a01');
    other = await signedIn('Trần Thị Hằng', 'Ủy viên', 'tablet-a02');
    guestTablet = await pairedDevice(t.hub.url, t.passcode, 'tablet-spare');
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, member?.socket, other?.socket, guestTablet?.socket]) s?.disconnect();
    await t?.stop();
  });

  it('refuses reports for a draft from tablets, and from connections without a paired device', async () => {
    const draft = await send(member.socket, 'preload.report', { meetingId, documents: [] });
    expect(draft).toMatchObject({ ok: false, code: 'not_published' });
    await ok(secretariat, 'meeting.publish', { meetingId });

    // Staff on a console that never paired: not a tablet.
    expect(await send(secretariat, 'preload.report', { meetingId, documents: [] })).toMatchObject({ ok: false, code: 'not_paired' });
    // No device at all (staff count as paired, so the handler says it), even one stating a paired tablet's id.
    const anonymous = await connect(t.hub.url, { deviceId: member.deviceId });
    await ok(anonymous, 'session.signIn', { passcode: await staffCredential(t.hub.url, t.passcode, 'chair'), role: 'chair' });
    const noDevice = await send(anonymous, 'preload.report', { meetingId, documents: [] });
    expect(noDevice).toMatchObject({ ok: false, code: 'not_paired' });
    if (!noDevice.ok) expect(noDevice.message).toContain('pair it first');
    anonymous.disconnect();
    // A device that has not paired: the pipeline stops it first.
    const stranger = await connect(t.hub.url, { deviceName: 'stranger' });
    expect(await send(stranger, 'preload.report', { meetingId, documents: [] })).toMatchObject({ ok: false, code: 'not_paired' });
    stranger.disconnect();

    for (const [documents, words] of [
      [[entry('open', 'done', docs.open.bytes), entry('open', 'queued', 0)], 'listed twice'],
      [[{ ...entry('open', 'downloading', 10), bytesDone: docs.open.bytes + 1 }], 'more than bytes'],
      // A kind the protocol does not name: refused with the kinds it does.
      [[{ ...entry('group', 'failed', 0, 'bit flipped'), errorKind: 'cosmic_ray' as never }], 'documents.0.errorKind'],
      [[entry('open', 'done', docs.open.bytes, null, 'network')], 'errorKind ("network") is for a failed document, and this one is done'],
    ] as const) {
      const ack = await send(member.socket, 'preload.report', { meetingId, documents: [...documents] });
      expect(ack).toMatchObject({ ok: false, code: 'bad_request' });
      if (!ack.ok) expect(ack.message).toContain(words);
    }
    const early = await send(member.socket, 'preload.report', { meetingId, documents: [], purgedAt: new Date().toISOString() });
    expect(early).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(member.socket, 'preload.report', { meetingId: 'nope', documents: [] })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await send(member.socket, 'preload.list', { meetingId })).toMatchObject({ ok: false, code: 'forbidden' });
    // Nothing refused was stored.
    expect((await ok(chair, 'preload.list', { meetingId })).data.devices.every((d) => d.reportedAt === null)).toBe(true);
  });

  it('lists every tablet a delegate is signed in on, before any report, with what it has to fetch', async () => {
    const { devices } = (await ok(chair, 'preload.list', { meetingId })).data;
    expect(devices.map((d) => d.deviceId).sort()).toEqual([member.deviceId, other.deviceId].sort());
    expect(row(devices, member.deviceId)).toMatchObject({
      delegateId: member.id,
      delegateName: 'Nguyễn Văn Hùng',
      deviceName: member.deviceName,
      online: true,
      documentsTotal: 2,
      documentsDone: 0,
      bytesTotal: docs.open.bytes + docs.group.bytes,
      bytesDone: 0,
      reportedAt: null,
      mustPurge: false,
    });
    // The other delegate may read the open document only.
    expect(row(devices, other.deviceId)).toMatchObject({ documentsTotal: 1, bytesTotal: docs.open.bytes });
  });

  it('stores a report before the ack without a revision, and pushes the row to the chair and the secretariat only', async () => {
    await ok(chair, 'meeting.open', { meetingId });
    await ok(secretariat, 'meeting.open', { meetingId });
    await ok(member.socket, 'meeting.open', { meetingId });
    await ok(other.socket, 'meeting.open', { meetingId });
    const revision = (await ok(secretariat, 'meeting.open', { meetingId, sinceRevision: 0 })).data;

    const toChair = nextPush(chair, 'preload.changed');
    const toSecretariat = nextPush(secretariat, 'preload.changed');
    const toMember = pushedWithin(member.socket, 'preload.changed', 500);
    const toOther = pushedWithin(other.socket, 'preload.changed', 500);
    const toChairMeeting = watchMeeting(chair, meetingId);
    const ack = await send(member.socket, 'preload.report', {
      meetingId,
      documents: [entry('open', 'done', docs.open.bytes), entry('group', 'failed', 1000, 'checksum mismatch', 'sha256')],
    });
    expect(ack).toEqual({ ok: true, revision: null, data: {} });

    for (const push of [await toChair, await toSecretariat]) {
      expect(push.meetingId).toBe(meetingId);
      expect(push.devices).toHaveLength(1);
      expect(push.devices[0]).toMatchObject({
        deviceId: member.deviceId,
        delegateName: 'Nguyễn Văn Hùng',
        documentsTotal: 2,
        documentsDone: 1,
        bytesDone: docs.open.bytes + 1000,
        failed: [{ documentId: docs.group.id, title: 'Tài liệu group', error: 'checksum mismatch', kind: 'sha256' }],
        reportedAt: expect.any(String),
        mustPurge: false,
      });
    }
    expect(await toMember).toBe(false);
    expect(await toOther).toBe(false);
    // No revision: nothing pushed past the revision the chair opened at (a push of earlier writes may still arrive).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toChairMeeting.pushes.filter((p) => p.revision > revisionOf(revision))).toEqual([]);
    toChairMeeting.stop();
    const after = (await ok(secretariat, 'meeting.open', { meetingId, sinceRevision: 0 })).data;
    expect(revisionOf(after)).toBe(revisionOf(revision));

    // A spare tablet with nobody signed in reports too (the open document), and is listed.
    await ok(guestTablet.socket, 'meeting.open', { meetingId });
    await ok(guestTablet.socket, 'preload.report', { meetingId, documents: [entry('open', 'downloading', 4096)] });
    const { devices } = (await ok(secretariat, 'preload.list', { meetingId })).data;
    expect(row(devices, guestTablet.deviceId)).toMatchObject({ delegateId: null, documentsTotal: 1, documentsDone: 0, bytesDone: 4096 });
    expect(row(devices, member.deviceId)).toMatchObject({ documentsDone: 1, failed: [{ documentId: docs.group.id, title: 'Tài liệu group', error: 'checksum mismatch', kind: 'sha256' }] });
    // A tablet that gives no kind (an older one) is listed with its words only.
    await ok(guestTablet.socket, 'preload.report', { meetingId, documents: [{ ...entry('open', 'failed', 0, 'disk full'), errorKind: undefined }] });
    const again = (await ok(chair, 'preload.list', { meetingId })).data.devices;
    expect(row(again, guestTablet.deviceId).failed).toEqual([{ documentId: docs.open.id, title: 'Tài liệu open', error: 'disk full', kind: null }]);
    await ok(guestTablet.socket, 'preload.report', { meetingId, documents: [entry('open', 'downloading', 4096)] });
  });

  it("shows the secretariat when a shared tablet forgot a reader's restricted documents, and keeps the time through later reports", async () => {
    const forgottenAt = new Date().toISOString();
    const toSecretariat = nextRow(secretariat, guestTablet.deviceId);
    await ok(guestTablet.socket, 'preload.report', { meetingId, documents: [entry('open', 'done', docs.open.bytes)], forgottenAt });
    expect(await toSecretariat).toMatchObject({ deviceId: guestTablet.deviceId, forgottenAt, purgedAt: null });
    await ok(guestTablet.socket, 'preload.report', { meetingId, documents: [entry('open', 'downloading', 4096)] });
    expect(row((await ok(chair, 'preload.list', { meetingId })).data.devices, guestTablet.deviceId).forgottenAt).toBe(forgottenAt);
    expect((await send(guestTablet.socket, 'preload.report', { meetingId, documents: [], forgottenAt: 'yesterday' })).ok).toBe(false);
  });

  it('asks a tablet that held restricted documents to purge once the meeting is closed, until it reports it did', async () => {
    await ok(member.socket, 'preload.report', { meetingId, documents: [entry('open', 'done', docs.open.bytes), entry('group', 'done', docs.group.bytes)] });
    await ok(other.socket, 'preload.report', { meetingId, documents: [entry('open', 'done', docs.open.bytes)] });
    expect(row((await ok(chair, 'preload.list', { meetingId })).data.devices, member.deviceId).mustPurge).toBe(false);

    await ok(secretariat, 'meeting.end', { meetingId });
    let devices = (await ok(chair, 'preload.list', { meetingId })).data.devices;
    // Once closed only open documents count.
    expect(row(devices, member.deviceId)).toMatchObject({ mustPurge: true, purgedAt: null, documentsTotal: 1, documentsDone: 1 });
    expect(row(devices, other.deviceId).mustPurge).toBe(false);
    expect(row(devices, guestTablet.deviceId).mustPurge).toBe(false);

    const purgedAt = new Date().toISOString();
    const toChair = nextRow(chair, member.deviceId);
    await ok(member.socket, 'preload.report', { meetingId, documents: [entry('open', 'done', docs.open.bytes)], purgedAt });
    expect(await toChair).toMatchObject({ deviceId: member.deviceId, mustPurge: false, purgedAt });
    // A later progress report without the purge time keeps it.
    await ok(member.socket, 'preload.report', { meetingId, documents: [entry('open', 'done', docs.open.bytes), entry('group', 'done', docs.group.bytes)] });
    devices = (await ok(chair, 'preload.list', { meetingId })).data.devices;
    expect(row(devices, member.deviceId)).toMatchObject({ mustPurge: false, purgedAt });
  });

  it('has every report in the database file without a revision, and says which tablets are offline, at once', async () => {
    const revision = (await ok(chair, 'meeting.open', { meetingId, sinceRevision: 0 })).data;
    // The tablet's last connection closing is pushed at once: the chair's screen does not wait for a reload.
    const told = nextRow(chair, member.deviceId);
    member.socket.disconnect();
    expect(await told).toMatchObject({ deviceId: member.deviceId, online: false, delegateName: 'Nguyễn Văn Hùng' });
    const online = (await ok(chair, 'preload.list', { meetingId })).data.devices;
    expect(row(online, member.deviceId).online).toBe(false);
    expect(row(online, other.deviceId).online).toBe(true);

    // Another connection to the hub's SQLite file sees what was acknowledged: committed, not held in memory.
    const store = openStore(join(t.dataDir, 'roundtable.db'));
    try {
      expect(store.getPreloadReport(meetingId, member.deviceId)).toMatchObject({ purgedAt: expect.any(String), documents: [entry('open', 'done', docs.open.bytes), entry('group', 'done', docs.group.bytes)] });
      expect(store.getPreloadReport(meetingId, guestTablet.deviceId)?.documents).toEqual([entry('open', 'downloading', 4096)]);
      expect(store.revisionOf(meetingId)).toBe(revisionOf(revision));
    } finally {
      store.close();
    }

    // A report stored before tablets sent errorKind reads as having none.
    const { errorKind: _, ...old } = entry('open', 'failed', 0, 'disk full');
    const db = new Database(join(t.dataDir, 'roundtable.db'));
    try {
      db.prepare('UPDATE preload_reports SET documents = ? WHERE meeting_id = ? AND device_id = ?').run(JSON.stringify([old]), meetingId, guestTablet.deviceId);
    } finally {
      db.close();
    }
    const listed = (await ok(chair, 'preload.list', { meetingId })).data.devices;
    expect(row(listed, guestTablet.deviceId).failed).toEqual([{ documentId: docs.open.id, title: 'Tài liệu open', error: 'disk full', kind: null }]);
  });
});
