import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDocument } from '../../shared/protocol/index.ts';
import { fixture } from '../support/fixtures.ts';
import { makeMeeting, ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';

/** A raw HTTP request (node:http: no client-side normalisation of the path, HEAD and Range as sent). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('publishing, closing and document versions', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let chair: TestSocket;
  let token: string;
  let meetingId: string;
  let itemId: string;
  const shas: Record<string, string> = {};
  const bytes: Record<string, Buffer> = {};
  let openDoc: string;
  let groupDoc: string;
  const delegates: Record<'member' | 'outsider', { id: string; socket: TestSocket; token: string; deviceToken: string }> = {} as never;

  const upload = async (name: string) => {
    bytes[name] = fixture(name);
    const res = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: new Uint8Array(bytes[name]), headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(201);
    shas[name] = ((await res.json()) as { sha256: string }).sha256;
    return shas[name];
  };
  const docUrl = (sha: string) => `${t.hub.url}/api/documents/${sha}`;
  const asBearer = (bearer: string) => ({ Authorization: `Bearer ${bearer}` });
  /** A delegate's request from her own tablet: her session token and the device token it is bound to. */
  const asDelegate = (who: { token: string; deviceToken: string }) => ({ ...asBearer(who.token), 'X-Device-Token': who.deviceToken });

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    const made = await makeMeeting(secretariat, 'pv');
    meetingId = made.meetingId;
    itemId = made.items.a;
    await upload('002-trivial-libre-office-writer.pdf');
    await upload('google-doc-document.pdf');
    await upload('multicolumn.pdf');
    await upload('pdflatex-outline.pdf');
    openDoc = (await ok(secretariat, 'document.add', { meetingId, itemId, title: 'Chương trình', sha256: shas['002-trivial-libre-office-writer.pdf']! })).data.documentId;
    groupDoc = (
      await ok(secretariat, 'document.add', {
        meetingId,
        itemId,
        title: 'Tờ trình (Thường trực)',
        sha256: shas['google-doc-document.pdf']!,
        access: { kind: 'groups', groups: ['Thường trực'] },
      })
    ).data.documentId;
    for (const [who, group] of [['member', 'Thường trực'], ['outsider', 'Ủy viên']] as const) {
      const id = (await ok(secretariat, 'delegate.add', { meetingId, fullName: `Đại biểu ${who}`, group, seat: who === 'member' ? 'A01' : 'A02' })).data.delegateId;
      const badge = (await ok(secretariat, 'badge.issue', { meetingId, delegateId: id })).data;
      const { socket, deviceToken } = await pairedDevice(t.hub.url, t.passcode, `tablet-${who}`);
      // A delegate may sign in before publication (at the door); they see the meeting once it is published.
      const session = (await ok(socket, 'session.badgeSignIn', { meetingId, code: badge.token })).data;
      delegates[who] = { id, socket, token: session.token, deviceToken };
    }
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, delegates.member?.socket, delegates.outsider?.socket]) s?.disconnect();
    await t?.stop();
  });

  it('keeps a draft from tablets (list, open and bytes) and shows it to staff', async () => {
    const guest = (await pairedDevice(t.hub.url, t.passcode)).socket;
    for (const s of [guest, delegates.member.socket]) {
      const list = await ok(s, 'meeting.list', {});
      expect(list.data.meetings.map((m) => m.id)).not.toContain(meetingId);
      const open = await send(s, 'meeting.open', { meetingId });
      expect(open).toMatchObject({ ok: false, code: 'not_published' });
      if (!open.ok) expect(open.message).toContain('not published yet');
    }
    guest.disconnect();
    const projector = await signIn(t.hub.url, t.passcode, 'projector');
    for (const s of [chair, projector, secretariat]) {
      expect((await ok(s, 'meeting.list', {})).data.meetings).toContainEqual(expect.objectContaining({ id: meetingId, status: 'draft' }));
      expect(await send(s, 'meeting.open', { meetingId })).toMatchObject({ ok: true });
    }
    projector.disconnect();
    // Even the open document's bytes wait for publication.
    const res = await raw(docUrl(shas['002-trivial-libre-office-writer.pdf']!), asDelegate(delegates.member));
    expect(res.status).toBe(403);
    expect(res.body.includes('%PDF')).toBe(false);
  });

  it('publishes a draft once, for the secretariat only', async () => {
    for (const s of [chair, delegates.member.socket]) {
      expect(await send(s, 'meeting.publish', { meetingId })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    // The chair may end a meeting (issue 15), a delegate may not; neither ends a draft.
    expect(await send(delegates.member.socket, 'meeting.end', { meetingId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(chair, 'meeting.end', { meetingId })).toMatchObject({ ok: false, code: 'conflict', reason: 'still_draft' });
    const ended = await send(secretariat, 'meeting.end', { meetingId });
    expect(ended).toMatchObject({ ok: false, code: 'conflict' });
    if (!ended.ok) expect(ended.message).toContain('publish it before closing');

    const toChair = watchMeeting(chair, meetingId);
    const published = await ok(secretariat, 'meeting.publish', { meetingId });
    expect(published.revision).toEqual(expect.any(Number));
    expect((await toChair.reach(published.revision!)).filter((c) => c.collection === 'meeting').at(-1)).toMatchObject({ value: { status: 'published' } });
    toChair.stop();
    const again = await send(secretariat, 'meeting.publish', { meetingId });
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    if (!again.ok) expect(again.message).toContain('already published');
    expect(await send(secretariat, 'meeting.publish', { meetingId: 'no-such' })).toMatchObject({ ok: false, code: 'not_found' });

    const opened = await ok(delegates.member.socket, 'meeting.open', { meetingId });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(opened.data.snapshot.meeting.status).toBe('published');
    expect(opened.data.snapshot.documents.map((d) => d.id).sort()).toEqual([openDoc, groupDoc].sort());
    expect(opened.data.snapshot.documents.every((d) => d.version === 1 && d.updatedAt === null && d.previousVersions.length === 0)).toBe(true);
    await ok(delegates.outsider.socket, 'meeting.open', { meetingId });
  });

  it('replaces a document with a new version that followers receive marked updated, the old bytes still readable by its readers', async () => {
    const toMember = watchMeeting(delegates.member.socket, meetingId);
    const replaced = await ok(secretariat, 'document.replace', { meetingId, documentId: openDoc, sha256: shas['multicolumn.pdf']! });
    expect(replaced.data).toEqual({ version: 2 });
    const changes = await toMember.reach(replaced.revision!);
    toMember.stop();
    expect(toMember.pushes.at(-1)!.revision).toBe(replaced.revision);
    const value = changes.filter((c) => c.collection === 'document' && c.id === openDoc).at(-1)?.value as MeetingDocument;
    expect(value).toMatchObject({ id: openDoc, sha256: shas['multicolumn.pdf'], pages: 3, version: 2, updatedAt: expect.any(String) });
    expect(value.previousVersions).toEqual([
      { version: 1, sha256: shas['002-trivial-libre-office-writer.pdf'], pages: 1, bytes: bytes['002-trivial-libre-office-writer.pdf']!.length, replacedAt: value.updatedAt },
    ]);

    // The restricted document too: its earlier version is for its readers only.
    await ok(secretariat, 'document.replace', { meetingId, documentId: groupDoc, sha256: shas['pdflatex-outline.pdf']! });
    const old = await raw(docUrl(shas['google-doc-document.pdf']!), asDelegate(delegates.member));
    expect(old.status).toBe(200);
    expect(old.body.equals(bytes['google-doc-document.pdf']!)).toBe(true);
    expect(old.headers['cache-control']).toBe('private, no-store');
    expect((await raw(docUrl(shas['google-doc-document.pdf']!), asDelegate(delegates.outsider))).status).toBe(403);
    const openOld = await raw(docUrl(shas['002-trivial-libre-office-writer.pdf']!), asDelegate(delegates.outsider));
    expect(openOld.status).toBe(200);
    expect(openOld.headers['cache-control']).toMatch(/^public/);

    for (const [input, code, words] of [
      [{ documentId: openDoc, sha256: shas['multicolumn.pdf']! }, 'conflict', 'already this file'],
      [{ documentId: openDoc, sha256: 'f'.repeat(64) }, 'not_found', 'upload it'],
      [{ documentId: 'nope', sha256: shas['multicolumn.pdf']! }, 'not_found', 'nope'],
    ] as const) {
      const ack = await send(secretariat, 'document.replace', { meetingId, ...input });
      expect(ack).toMatchObject({ ok: false, code });
      if (!ack.ok) expect(ack.message).toContain(words);
    }
    expect(await send(chair, 'document.replace', { meetingId, documentId: openDoc, sha256: shas['multicolumn.pdf']! })).toMatchObject({ ok: false, code: 'forbidden' });

    // A third version keeps both earlier ones, oldest first.
    await ok(secretariat, 'document.replace', { meetingId, documentId: openDoc, sha256: shas['002-trivial-libre-office-writer.pdf']! });
    const snap = await ok(secretariat, 'meeting.open', { meetingId });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const doc = snap.data.snapshot.documents.find((d) => d.id === openDoc)!;
    expect(doc.version).toBe(3);
    expect(doc.previousVersions.map((v) => [v.version, v.sha256])).toEqual([
      [1, shas['002-trivial-libre-office-writer.pdf']],
      [2, shas['multicolumn.pdf']],
    ]);
  });

  it('numbers a replacement in a draft as a version too, without marking it updated (nobody has seen the old one)', async () => {
    await ok(secretariat, 'meeting.create', { id: 'pv-draft', title: 'Bản nháp', date: '2026-11-24' });
    const documentId = (await ok(secretariat, 'document.add', { meetingId: 'pv-draft', itemId: null, title: 'Dự thảo', sha256: shas['multicolumn.pdf']! })).data.documentId;
    expect((await ok(secretariat, 'document.replace', { meetingId: 'pv-draft', documentId, sha256: shas['pdflatex-outline.pdf']! })).data).toEqual({ version: 2 });
    const snap = await ok(secretariat, 'meeting.open', { meetingId: 'pv-draft' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(snap.data.snapshot.documents[0]).toMatchObject({ version: 2, updatedAt: null, pages: 4, previousVersions: [expect.objectContaining({ version: 1, sha256: shas['multicolumn.pdf'] })] });
    // Removing the document takes its earlier versions with it.
    await ok(secretariat, 'document.remove', { meetingId: 'pv-draft', documentId });
    await ok(secretariat, 'document.add', { meetingId: 'pv-draft', itemId: null, title: 'Lại', sha256: shas['pdflatex-outline.pdf']! });
    const again = await ok(secretariat, 'meeting.open', { meetingId: 'pv-draft' });
    if (again.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(again.data.snapshot.documents.map((d) => [d.version, d.previousVersions.length])).toEqual([[1, 0]]);
  });

  it('gives a delegate who may not read a restricted document 403 or 404 and no bytes, whatever URL they try', async () => {
    const current = shas['pdflatex-outline.pdf']!;
    const previous = shas['google-doc-document.pdf']!;
    const bearer = delegates.outsider.token;
    const own = asDelegate(delegates.outsider);
    const attempts: [string, Record<string, string>, string][] = [
      [docUrl(current), own, 'GET'],
      [`${docUrl(current)}?token=${bearer}`, {}, 'GET'],
      [`${docUrl(current)}?token=${bearer}&download=1`, {}, 'GET'],
      [docUrl(current), own, 'HEAD'],
      [docUrl(current), { ...own, Range: 'bytes=0-99' }, 'GET'],
      [docUrl(current), { ...own, Range: 'bytes=-500' }, 'GET'],
      [docUrl(current), { ...own, 'If-None-Match': `"${current}"` }, 'GET'],
      [docUrl(previous), own, 'GET'],
      [`${docUrl(previous)}?token=${bearer}`, { Range: 'bytes=0-' }, 'GET'],
      [docUrl(current.toUpperCase()), own, 'GET'],
      [`${t.hub.url}/api/documents/%${current.charCodeAt(0).toString(16)}${current.slice(1)}`, own, 'GET'],
      [`${t.hub.url}/api/documents/${current}%2F`, own, 'GET'],
      [`${t.hub.url}/api/documents/./${current}`, own, 'GET'],
      [`${t.hub.url}/api/documents/x/../${current}`, own, 'GET'],
      [`${docUrl(current)}.pdf`, own, 'GET'],
    ];
    for (const [url, headers, method] of attempts) {
      const res = await raw(url, headers, method);
      // 400: a dot segment is refused at the door; 401: a token in the URL counts for nothing (no device, no session).
      expect([400, 401, 403, 404], `${method} ${url} ${JSON.stringify(headers)}`).toContain(res.status);
      expect(res.body.includes('%PDF'), url).toBe(false);
      expect(res.headers['content-type'], url).not.toBe('application/pdf');
    }
    // The member of the group reads it, ranges included.
    const part = await raw(docUrl(current), { ...asDelegate(delegates.member), Range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.body.equals(bytes['pdflatex-outline.pdf']!.subarray(0, 100))).toBe(true);
  });

  it('closes a published meeting for good: every change refused, reading and reporting go on', async () => {
    const toMember = watchMeeting(delegates.member.socket, meetingId);
    const { revision: ended } = await ok(secretariat, 'meeting.end', { meetingId });
    expect((await toMember.reach(ended!)).filter((c) => c.collection === 'meeting')).toEqual([expect.objectContaining({ collection: 'meeting', value: expect.objectContaining({ status: 'closed' }) })]);
    toMember.stop();

    const refusals: [TestSocket, string, Record<string, unknown>][] = [
      [secretariat, 'meeting.update', { meetingId, title: 'Đổi tên' }],
      [secretariat, 'meeting.publish', { meetingId }],
      [secretariat, 'meeting.end', { meetingId }],
      [secretariat, 'agenda.add', { meetingId, title: 'Mục mới' }],
      [secretariat, 'agenda.update', { meetingId, itemId, title: 'Sửa' }],
      [secretariat, 'agenda.remove', { meetingId, itemId }],
      [chair, 'agenda.setCurrent', { meetingId, itemId }],
      [secretariat, 'document.add', { meetingId, itemId: null, title: 'Thêm', sha256: shas['multicolumn.pdf']! }],
      [secretariat, 'document.update', { meetingId, documentId: openDoc, title: 'Sửa' }],
      [secretariat, 'document.replace', { meetingId, documentId: openDoc, sha256: shas['multicolumn.pdf']! }],
      [secretariat, 'document.remove', { meetingId, documentId: openDoc }],
      [secretariat, 'delegate.add', { meetingId, fullName: 'Người mới' }],
      [secretariat, 'delegate.update', { meetingId, delegateId: delegates.member.id, seat: 'B09' }],
      [secretariat, 'delegate.remove', { meetingId, delegateId: delegates.member.id }],
      [secretariat, 'badge.issue', { meetingId, delegateId: delegates.member.id }],
      [secretariat, 'checkin.manual', { meetingId, delegateId: delegates.member.id }],
      [chair, 'attendance.set', { meetingId, delegateId: delegates.member.id, status: 'excused' }],
    ];
    const before = await ok(secretariat, 'meeting.open', { meetingId });
    for (const [socket, name, payload] of refusals) {
      const ack = await send(socket, name as never, payload as never);
      expect(ack, name).toMatchObject({ ok: false, code: 'conflict' });
      if (!ack.ok) expect(ack.message, name).toMatch(/closed/);
    }
    const after = await ok(secretariat, 'meeting.open', { meetingId });
    if (before.data.mode !== 'snapshot' || after.data.mode !== 'snapshot') throw new Error('expected snapshots');
    expect(after.data.snapshot).toEqual(before.data.snapshot);

    // Still open to read; the restricted bytes are no longer served to delegates, the open ones are.
    expect(await send(delegates.member.socket, 'meeting.open', { meetingId })).toMatchObject({ ok: true });
    expect((await ok(delegates.member.socket, 'meeting.list', {})).data.meetings).toContainEqual(expect.objectContaining({ id: meetingId, status: 'closed' }));
    expect((await raw(docUrl(shas['pdflatex-outline.pdf']!), asDelegate(delegates.member))).status).toBe(403);
    expect((await raw(docUrl(shas['pdflatex-outline.pdf']!), asBearer(token))).status).toBe(200);
    expect((await raw(docUrl(shas['002-trivial-libre-office-writer.pdf']!), asDelegate(delegates.member))).status).toBe(200);
    expect(await send(chair, 'preload.list', { meetingId })).toMatchObject({ ok: true });
  });
});
