// Conformance, annotations: a delegate's notes made once however often sent, kept private unless shared, shared ones
// pushed to the others within a second, edits on an older revision answered with the current one, tombstones.
// Written from docs/protocol.md alone (see client.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATION_DOMAINS, type Client, COMMANDS, type Json, connect, covered, http, tinyPdf } from './client.ts';
import { type ConformanceHub, startHub } from './hub.ts';

let hub: ConformanceHub;
const open: Client[] = [];
const keep = (c: Client) => (open.push(c), c);
let secretariat: Client;
const tablets: Client[] = [];
const m = 'a1';
let documentId: string;
let sha256: string;
let itemId: string;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const note = (n: number, visibility: string, baseRev = 0, words = 'Hỏi lại số liệu trang 1'): Json => ({
  meetingId: m,
  id: id(n),
  baseRev,
  documentId,
  sha256,
  itemId: null,
  kind: 'note',
  visibility,
  body: { page: 0, note: words, points: [[0.5, 0.25]], line: null },
});

beforeAll(async () => {
  hub = await startHub();
  secretariat = keep(await connect(hub.url));
  const { token } = await secretariat.ok('session.signIn', { passcode: hub.passcode });
  await secretariat.ok('meeting.create', { id: m, title: 'Kỳ họp', date: '2026-12-07' });
  ({ itemId } = await secretariat.ok('agenda.add', { meetingId: m, title: 'Khai mạc' }));
  const res = await http(hub.url, 'POST', '/api/documents', { headers: { Authorization: `Bearer ${token}` }, body: tinyPdf('ghi chú') });
  sha256 = JSON.parse(res.body.toString()).sha256;
  ({ documentId } = await secretariat.ok('document.add', { meetingId: m, itemId, title: 'Tờ trình', sha256 }));
  const { code } = await secretariat.ok('pairing.get');
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình']) {
    const { delegateId } = await secretariat.ok('delegate.add', { meetingId: m, fullName: name });
    const { token: badge } = await secretariat.ok('badge.issue', { meetingId: m, delegateId });
    const c = keep(await connect(hub.url, { deviceName: name }));
    await c.ok('device.pair', { code });
    await c.ok('session.badgeSignIn', { meetingId: m, code: badge });
    tablets.push(c);
  }
  await secretariat.ok('meeting.publish', { meetingId: m });
  for (const c of tablets) await c.ok('meeting.open', { meetingId: m });
});

afterAll(async () => {
  for (const c of open) c.close();
  await hub?.stop();
});

describe('the hub as docs/protocol.md describes it: annotations', () => {
  it('makes a note once however often it is sent, and keeps it private', async () => {
    const [an, binh] = tablets as [Client, Client];
    const first = await an.ok('annotations.put', note(1, 'private'));
    expect(first).toMatchObject({ applied: true, annotation: { id: id(1), rev: 1, deleted: false, carried: null } });
    expect(await an.ok('annotations.put', note(1, 'private'))).toEqual(first);
    await an.push('annotations.changed', (p) => p.annotations.some((a: Json) => a.id === id(1)), 1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(binh.pushes('annotations.changed').some((p) => p.annotations.some((a: Json) => a.id === id(1)))).toBe(false);
    expect((await binh.ok('annotations.sync', { meetingId: m, since: 0 })).annotations).toEqual([]);
  });

  it('sends a shared note to the other tablet within a second, and `gone` when it is private again', async () => {
    const [an, binh] = tablets as [Client, Client];
    const started = Date.now();
    await an.ok('annotations.put', note(1, 'everyone', 1));
    const pushed = await binh.push('annotations.changed', (p) => p.annotations.some((a: Json) => a.id === id(1)), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(pushed.annotations[0]).toMatchObject({ id: id(1), visibility: 'everyone', rev: 2, body: { note: 'Hỏi lại số liệu trang 1' } });
    await an.ok('annotations.put', note(1, 'private', 2));
    await binh.push('annotations.changed', (p) => p.annotations.some((a: Json) => a.id === id(1) && a.gone === true), 1000);
  });

  it('answers an edit on an older revision with the current note; removes it with a tombstone; syncs by cursor', async () => {
    const [an] = tablets as [Client];
    const stale = await an.ok('annotations.put', note(1, 'private', 1, 'Sửa trên bản cũ'));
    expect(stale).toMatchObject({ applied: false, annotation: { rev: 3, body: { note: 'Hỏi lại số liệu trang 1' } } });
    const { cursor } = await an.ok('annotations.sync', { meetingId: m, since: 0 });
    const removed = await an.ok('annotations.remove', { meetingId: m, id: id(1), baseRev: 3 });
    expect(removed).toMatchObject({ applied: true, annotation: { deleted: true, rev: 4 } });
    const after = await an.ok('annotations.sync', { meetingId: m, since: cursor });
    expect(after).toMatchObject({ more: false, annotations: [{ id: id(1), deleted: true }] });
    expect(after.cursor).toBeGreaterThan(cursor);
    const item = await an.ok('annotations.put', { meetingId: m, id: id(2), baseRev: 0, documentId: null, sha256: null, itemId, kind: 'item_note', visibility: 'private', body: { note: 'Chuẩn bị ý kiến' } });
    expect(item.annotation).toMatchObject({ itemId, kind: 'item_note' });
  });

  it('refuses what the document refuses, with its codes', async () => {
    const [an, binh] = tablets as [Client, Client];
    expect(await an.code('annotations.put', { ...note(3, 'private'), kind: 'ink' })).toBe('bad_request');
    expect(await an.code('annotations.put', { ...note(3, 'private'), sha256: 'a'.repeat(64) })).toBe('bad_request');
    expect(await an.code('annotations.put', { ...note(3, 'private'), id: 'not-a-uuid' })).toBe('bad_request');
    expect(await binh.code('annotations.put', { ...note(2, 'private'), baseRev: 1 })).toBe('forbidden');
    expect(await secretariat.code('annotations.put', note(4, 'private'))).toBe('forbidden');
    expect(await an.code('annotations.remove', { meetingId: m, id: id(5), baseRev: 1 })).toBe('not_found');
  });

  it('drove every annotations command and push of the document', () => {
    const mine = COMMANDS.map((x) => x.name).filter((n) => ANNOTATION_DOMAINS.includes(n.split('.')[0]!));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((n) => !covered.commands.has(n))).toEqual([]);
    expect(covered.pushes.has('annotations.changed')).toBe(true);
  });
});
