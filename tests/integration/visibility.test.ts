import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/protocol/index.ts';
import { fixture } from '../support/fixtures.ts';
import { ok, pairedDevice, signIn, startTestHub, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';

/** A restricted document never reaches a screen that may not show it: not in snapshots, not in pushes. */
describe('what each connection may see', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let guest: TestSocket;
  let chair: TestSocket;
  let sha256: string;

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    guest = (await pairedDevice(t.hub.url, t.passcode)).socket;
    const token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    const pdf = fixture('habibi.pdf');
    const res = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: new Uint8Array(pdf), headers: { Authorization: `Bearer ${token}` } });
    sha256 = ((await res.json()) as { sha256: string }).sha256;
    await ok(secretariat, 'meeting.create', { id: 'v', title: 'Phiên họp', date: '2026-11-23' });
    await ok(secretariat, 'meeting.publish', { meetingId: 'v' });
    for (const s of [secretariat, chair, guest]) await ok(s, 'meeting.open', { meetingId: 'v' });
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, guest]) s?.disconnect();
    await t?.stop();
  });

  it('pushes a staff-only document to the chair and a deletion to a guest, and leaves it out of the guest snapshot', async () => {
    const toChair = watchMeeting(chair, 'v');
    const toGuest = watchMeeting(guest, 'v');
    const { data, revision } = await ok(secretariat, 'document.add', { meetingId: 'v', itemId: null, title: 'Tờ trình (Mật)', sha256, access: { kind: 'staff' } });
    const ofDocument = (changes: Change[]) => changes.filter((c) => c.id === data.documentId);
    expect(ofDocument(await toChair.reach(revision!))).toEqual([expect.objectContaining({ collection: 'document', id: data.documentId, value: expect.objectContaining({ title: 'Tờ trình (Mật)' }) })]);
    expect(ofDocument(await toGuest.reach(revision!))).toEqual([{ collection: 'document', id: data.documentId, value: null }]);
    expect(JSON.stringify(toGuest.pushes)).not.toContain('Mật');

    const snap = await ok(guest, 'meeting.open', { meetingId: 'v' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(snap.data.snapshot.documents).toEqual([]);
    const replay = await ok(guest, 'meeting.open', { meetingId: 'v', sinceRevision: 0 });
    expect(JSON.stringify(replay.data)).not.toContain('Mật');

    // Opened to everyone: the guest now receives it whole.
    const { revision: opened } = await ok(secretariat, 'document.update', { meetingId: 'v', documentId: data.documentId, access: { kind: 'all' } });
    expect(ofDocument(await toGuest.reach(opened!)).at(-1)).toMatchObject({ collection: 'document', value: { title: 'Tờ trình (Mật)' } });
    toChair.stop();
    toGuest.stop();
  });
});
