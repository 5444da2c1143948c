import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Presentation } from '../../shared/protocol/index.ts';
import { expectRefused } from '../support/hostile.ts';
import { connect, emitRaw, ok, send, signIn, startTestHub, staffSession, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';
import { pagedPdf } from '../support/paged-pdf.ts';
import { uploadPdf } from '../support/preload.ts';

/** Follow the chair: who may show a page, what each screen is told of it, and what bad input changes (nothing). */
describe('presentation.show', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let chair: TestSocket;
  let projector: TestSocket;
  const tablets: Record<'a' | 'b', TestSocket> = {} as never;
  const docs: Record<'open' | 'groupA' | 'staff', string> = {} as never;
  const m = 'show';

  const presentationOf = async (socket: TestSocket): Promise<Presentation> => {
    const { data } = await ok(socket, 'meeting.open', { meetingId: m });
    if (data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return data.snapshot.presentation;
  };

  beforeAll(async () => {
    t = await startTestHub();
    const staff = await staffSession(t.hub.url, t.passcode, 'secretariat');
    secretariat = staff.socket;
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    projector = await signIn(t.hub.url, t.passcode, 'projector');
    await ok(secretariat, 'meeting.create', { id: m, title: 'Kỳ họp', date: '2026-12-07' });
    const upload = async (title: string) => (await uploadPdf(t.hub.url, staff.token, { name: title, bytes: pagedPdf(12, title) })).sha256;
    docs.open = (await ok(secretariat, 'document.add', { meetingId: m, itemId: null, title: 'Tờ trình ngân sách', sha256: await upload('open') })).data.documentId;
    docs.groupA = (await ok(secretariat, 'document.add', { meetingId: m, itemId: null, title: 'Báo cáo tổ A', sha256: await upload('groupA'), access: { kind: 'groups', groups: ['A'] } })).data.documentId;
    docs.staff = (await ok(secretariat, 'document.add', { meetingId: m, itemId: null, title: 'Ghi chú mật', sha256: await upload('staff'), access: { kind: 'staff' } })).data.documentId;
    await ok(secretariat, 'meeting.publish', { meetingId: m });
    const { code } = (await ok(secretariat, 'pairing.get', {})).data;
    for (const [key, group] of [['a', 'A'], ['b', 'B']] as const) {
      const { delegateId } = (await ok(secretariat, 'delegate.add', { meetingId: m, fullName: `Đại biểu ${group}`, group })).data;
      const { token } = (await ok(secretariat, 'badge.issue', { meetingId: m, delegateId })).data;
      const socket = await connect(t.hub.url, { deviceName: `Máy tính bảng ${group}` });
      await ok(socket, 'device.pair', { code });
      await ok(socket, 'session.badgeSignIn', { meetingId: m, code: token });
      tablets[key] = socket;
    }
    for (const s of [secretariat, chair, projector, tablets.a, tablets.b]) await ok(s, 'meeting.open', { meetingId: m });
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, projector, tablets.a, tablets.b]) s?.disconnect();
    await t?.stop();
  });

  it('shows nothing at first', async () => {
    expect(await presentationOf(tablets.a)).toEqual({ id: m, documentId: null, page: null, access: null, hidden: false, since: null });
  });

  it('pushes the chair\'s page to every screen, and the secretariat may show one on the chair\'s behalf', async () => {
    const watch = [tablets.a, tablets.b, projector].map((s) => watchMeeting(s, m));
    const { revision } = await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.open, page: 7 });
    for (const w of watch) {
      const shown = (await w.reach(revision!)).filter((c) => c.collection === 'presentation');
      expect(shown).toEqual([{ collection: 'presentation', id: m, value: expect.objectContaining({ documentId: docs.open, page: 7, hidden: false, access: { kind: 'all' } }) }]);
      w.stop();
    }
    await ok(secretariat, 'presentation.show', { meetingId: m, documentId: docs.open, page: 8 });
    expect(await presentationOf(tablets.b)).toMatchObject({ documentId: docs.open, page: 8 });
  });

  it('the same page again raises no revision', async () => {
    const before = (await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.open, page: 9 })).revision!;
    await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.open, page: 9 });
    expect((await ok(chair, 'meeting.open', { meetingId: m, sinceRevision: before })).data).toEqual({ mode: 'changes', revision: before, changes: [] });
  });

  it('tells a tablet that may not read the shown document only that something restricted is shown', async () => {
    const toB = watchMeeting(tablets.b, m);
    const toProjector = watchMeeting(projector, m);
    const { revision } = await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.groupA, page: 3 });
    const hidden = { id: m, documentId: null, page: null, access: null, hidden: true, since: expect.any(String) };
    for (const w of [toB, toProjector]) {
      expect((await w.reach(revision!)).filter((c) => c.collection === 'presentation').map((c) => c.value)).toEqual([hidden]);
      // Neither the document's id nor its title reaches them.
      expect(JSON.stringify(w.pushes)).not.toContain(docs.groupA);
      w.stop();
    }
    expect(await presentationOf(tablets.b)).toEqual(hidden);
    expect(await presentationOf(tablets.a)).toMatchObject({ documentId: docs.groupA, page: 3, hidden: false });
    expect(await presentationOf(chair)).toMatchObject({ documentId: docs.groupA, page: 3 });
    // Caught up from a revision, the same cut.
    const replay = await ok(tablets.b, 'meeting.open', { meetingId: m, sinceRevision: revision! - 1 });
    expect(JSON.stringify(replay.data)).not.toContain(docs.groupA);

    await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.staff, page: 1 });
    expect(await presentationOf(tablets.a)).toEqual(hidden);
  });

  it('hides the shown document from the tablets as soon as it is made restricted, and stops showing it when it is removed', async () => {
    await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.open, page: 5 });
    expect(await presentationOf(tablets.b)).toMatchObject({ documentId: docs.open, page: 5 });
    const toB = watchMeeting(tablets.b, m);
    const { revision } = await ok(secretariat, 'document.update', { meetingId: m, documentId: docs.open, access: { kind: 'groups', groups: ['A'] } });
    expect((await toB.reach(revision!)).filter((c) => c.collection === 'presentation').map((c) => c.value)).toEqual([expect.objectContaining({ hidden: true, documentId: null })]);
    toB.stop();
    expect(await presentationOf(tablets.a)).toMatchObject({ documentId: docs.open, page: 5, access: { kind: 'groups', groups: ['A'] } });

    await ok(secretariat, 'document.remove', { meetingId: m, documentId: docs.open });
    expect(await presentationOf(tablets.a)).toMatchObject({ documentId: null, page: null, hidden: false });
  });

  it('stops showing on null', async () => {
    await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.groupA, page: 2 });
    await ok(chair, 'presentation.show', { meetingId: m, documentId: null });
    expect(await presentationOf(tablets.a)).toMatchObject({ documentId: null, page: null, hidden: false, since: expect.any(String) });
  });

  it('refuses other roles and bad input, and changes nothing', async () => {
    await ok(chair, 'presentation.show', { meetingId: m, documentId: docs.groupA, page: 4 });
    const before = (await ok(secretariat, 'meeting.open', { meetingId: m })).data;
    const desk = await signIn(t.hub.url, t.passcode, 'checkin');
    const guest = await connect(t.hub.url);
    try {
      const show = { meetingId: m, documentId: docs.groupA, page: 1 };
      expect(await expectRefused(tablets.a, [['presentation.show', show]])).toEqual(['forbidden']);
      expect(await expectRefused(projector, [['presentation.show', show]])).toEqual(['forbidden']);
      expect(await expectRefused(desk, [['presentation.show', show]])).toEqual(['forbidden']);
      expect(await expectRefused(guest, [['presentation.show', show]])).toEqual(['not_signed_in']);

      const beyond = await send(chair, 'presentation.show', { meetingId: m, documentId: docs.groupA, page: 13 });
      expect(beyond).toMatchObject({ ok: false, code: 'bad_request', reason: 'page_beyond', params: { title: 'Báo cáo tổ A', page: 13, pages: 12 } });
      expect(await send(chair, 'presentation.show', { meetingId: m, documentId: 'nope', page: 1 })).toMatchObject({ ok: false, code: 'not_found', reason: 'document_not_found' });
      expect(await send(chair, 'presentation.show', { meetingId: 'nope', documentId: docs.groupA, page: 1 })).toMatchObject({ ok: false, code: 'not_found', reason: 'meeting_not_found' });
      for (const payload of [
        { meetingId: m, documentId: docs.groupA, page: 0 },
        { meetingId: m, documentId: docs.groupA, page: 2.5 },
        { meetingId: m, documentId: docs.groupA, page: '3' },
        { meetingId: m, documentId: docs.groupA, page: 1e9 },
        { meetingId: m, documentId: '../etc/passwd', page: 1 },
        { meetingId: m, documentId: docs.groupA, page: 1, extra: true },
        { meetingId: m },
        null,
        'presentation',
      ]) {
        expect((await emitRaw(chair, 'presentation.show', payload)) as { code?: string }).toMatchObject({ ok: false, code: 'bad_request' });
      }
      const after = (await ok(secretariat, 'meeting.open', { meetingId: m, sinceRevision: before.mode === 'snapshot' ? before.snapshot.revision : 0 })).data;
      expect(after).toMatchObject({ mode: 'changes', changes: [] });
    } finally {
      desk.disconnect();
      guest.disconnect();
    }
  });

  it('refuses a closed meeting', async () => {
    await ok(secretariat, 'meeting.end', { meetingId: m });
    expect(await send(chair, 'presentation.show', { meetingId: m, documentId: docs.groupA, page: 1 })).toMatchObject({ ok: false, code: 'conflict', reason: 'meeting_closed' });
  });
});
