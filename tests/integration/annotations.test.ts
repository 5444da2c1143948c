import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPage, lineNear, quoteOf, rangeBoxes, type IndexedPage } from '../../shared/domain/annotations/index.ts';
import type { Annotation, AnnotationRow, CommandInput, PushPayload } from '../../shared/protocol/index.ts';
import { makeMeeting, ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { readPageTexts } from '../../main/hub/pdf/text.ts';
import { textPdf } from '../support/text-pdf.ts';

const V1 = [
  ['Report on the budget of the year 2027', 'Education receives twenty percent of spending', 'Health receives twelve percent of spending'],
  ['Recommendations of the economic committee', 'Simplify the procedures for building permits'],
];
// Version 2: a paragraph inserted on page 1 and a page inserted before the committee's page.
const V2 = [
  ['Report on the budget of the year 2027', 'A new paragraph was inserted here by the drafters', 'Education receives twenty percent of spending', 'Health receives twelve percent of spending'],
  ['An annex was inserted as a page of its own'],
  ['Recommendations of the economic committee', 'Simplify the procedures for building permits'],
];

/** Collects a socket's annotations.changed pushes. */
function listen(socket: TestSocket) {
  const got: PushPayload<'annotations.changed'>[] = [];
  (socket as unknown as { on: (e: string, fn: (p: PushPayload<'annotations.changed'>) => void) => void }).on('annotations.changed', (p) => got.push(p));
  const rows = () => got.flatMap((p) => p.annotations);
  return {
    rows,
    async waitFor(test: (row: AnnotationRow) => boolean, ms = 1000): Promise<AnnotationRow> {
      const until = Date.now() + ms;
      for (;;) {
        const found = rows().find(test);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no such annotations.changed within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('annotations at the hub', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let chair: TestSocket;
  let meetingId: string;
  let itemId: string;
  let docId: string;
  let restrictedId: string;
  const sha: Record<string, string> = {};
  let pages: IndexedPage[];
  const who: Record<'an' | 'binh', { id: string; socket: TestSocket; pushes: ReturnType<typeof listen>; code: string }> = {} as never;
  let chairPushes: ReturnType<typeof listen>;

  const upload = async (name: string, bytes: Buffer, token: string) => {
    const res = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', body: new Uint8Array(bytes), headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(201);
    sha[name] = ((await res.json()) as { sha256: string }).sha256;
  };

  /** A highlight of `words` on page `page` of version 1, as the tablet makes it. */
  const highlight = (n: number, page: number, words: string, visibility: 'private' | 'chair' | 'everyone' = 'private', documentId = docId): CommandInput<'annotations.put'> => {
    const p = pages[page]!;
    const exact = words.replace(/\s/g, '');
    const start = p.text.indexOf(exact);
    return {
      meetingId,
      id: uuid(n),
      baseRev: 0,
      documentId,
      sha256: documentId === docId ? sha.v1! : sha.restricted!,
      itemId: null,
      kind: 'highlight',
      visibility,
      body: { page, color: '#facc15', text: { start, end: start + exact.length, quote: quoteOf(p, start, start + exact.length) }, rects: rangeBoxes(p, start, start + exact.length) },
    };
  };
  /** A stroke beside line `line` of page `page`. */
  const stroke = (n: number, page: number, line: number): CommandInput<'annotations.put'> => {
    const p = pages[page]!;
    const near = lineNear(p, { x: 0.7, y: 0.1 + line * 0.03, w: 0.1, h: 0.01 })!;
    return {
      meetingId,
      id: uuid(n),
      baseRev: 0,
      documentId: docId,
      sha256: sha.v1!,
      itemId: null,
      kind: 'ink',
      visibility: 'private',
      body: { page, color: '#dc2626', width: 3, points: [[0.7, near.box.y, 0.5], [0.8, near.box.y + near.box.h, 0.6]], line: { start: near.start, end: near.end, quote: quoteOf(p, near.start, near.end), box: near.box } },
    };
  };

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    const token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    const made = await makeMeeting(secretariat, 'ann');
    meetingId = made.meetingId;
    itemId = made.items.a;
    await upload('v1', await textPdf(V1), token);
    await upload('v2', await textPdf(V2), token);
    await upload('restricted', await textPdf([['Restricted paper for group A only']]), token);
    docId = (await ok(secretariat, 'document.add', { meetingId, itemId, title: 'Budget', sha256: sha.v1! })).data.documentId;
    restrictedId = (await ok(secretariat, 'document.add', { meetingId, itemId, title: 'Restricted', sha256: sha.restricted!, access: { kind: 'groups', groups: ['A'] } })).data.documentId;
    const text = await readPageTexts(`${t.dataDir}/blobs/${sha.v1}`);
    if (!text.ok) throw new Error(text.message);
    pages = text.pages.map((runs) => indexPage(runs));
    for (const [key, group, seat] of [['an', 'A', 'A01'], ['binh', 'B', 'A02']] as const) {
      const id = (await ok(secretariat, 'delegate.add', { meetingId, fullName: `Đại biểu ${key}`, group, seat })).data.delegateId;
      const code = (await ok(secretariat, 'badge.issue', { meetingId, delegateId: id })).data.token;
      const { socket } = await pairedDevice(t.hub.url, t.passcode, key);
      await ok(socket, 'session.badgeSignIn', { meetingId, code });
      who[key] = { id, socket, pushes: listen(socket), code };
    }
    await ok(secretariat, 'meeting.publish', { meetingId });
    for (const s of [who.an.socket, who.binh.socket, chair]) await ok(s, 'meeting.open', { meetingId });
    chairPushes = listen(chair);
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, who.an?.socket, who.binh?.socket]) s?.disconnect();
    await t?.stop();
  });

  it('makes an annotation once, however often the tablet sends it', async () => {
    const input = highlight(1, 0, 'twenty percent');
    const first = (await ok(who.an.socket, 'annotations.put', input)).data;
    expect(first).toMatchObject({ applied: true, annotation: { id: uuid(1), rev: 1, delegateId: who.an.id, deleted: false } });
    const again = (await ok(who.an.socket, 'annotations.put', input)).data;
    expect(again).toEqual(first);
    const synced = (await ok(who.an.socket, 'annotations.sync', { meetingId, since: 0 })).data;
    expect(synced.annotations.filter((a) => a.id === uuid(1))).toHaveLength(1);
    await who.an.pushes.waitFor((r) => r.id === uuid(1));
  });

  it('keeps a private annotation in its owner\'s room: no push and no sync for anyone else', async () => {
    await ok(who.an.socket, 'annotations.put', highlight(2, 0, 'twelve percent'));
    await who.an.pushes.waitFor((r) => r.id === uuid(2));
    await new Promise((r) => setTimeout(r, 300));
    for (const pushes of [who.binh.pushes, chairPushes]) expect(pushes.rows().some((r) => r.id === uuid(2))).toBe(false);
    for (const s of [who.binh.socket, chair, secretariat]) {
      const rows = (await ok(s, 'annotations.sync', { meetingId, since: 0 })).data.annotations;
      expect(rows.some((r) => r.id === uuid(2))).toBe(false);
    }
  });

  it('sends one shared with everyone to the room within a second, and takes it back when made private', async () => {
    const input = highlight(3, 1, 'building permits', 'everyone');
    const t0 = Date.now();
    await ok(who.an.socket, 'annotations.put', input);
    const seen = await who.binh.pushes.waitFor((r) => r.id === uuid(3), 1000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(seen).toMatchObject({ visibility: 'everyone', delegateId: who.an.id });
    await chairPushes.waitFor((r) => r.id === uuid(3));
    await ok(who.an.socket, 'annotations.put', { ...input, baseRev: 1, visibility: 'private' });
    await who.binh.pushes.waitFor((r) => r.id === uuid(3) && 'gone' in r);
    const rows = (await ok(who.binh.socket, 'annotations.sync', { meetingId, since: 0 })).data.annotations;
    expect(rows.find((r) => r.id === uuid(3))).toMatchObject({ gone: true });
  });

  it('sends one shared with the chair to the chair alone', async () => {
    await ok(who.an.socket, 'annotations.put', highlight(4, 0, 'Education receives', 'chair'));
    await chairPushes.waitFor((r) => r.id === uuid(4));
    await new Promise((r) => setTimeout(r, 300));
    expect(who.binh.pushes.rows().some((r) => r.id === uuid(4))).toBe(false);
  });

  it('never shows one on a restricted document to a delegate who may not read it', async () => {
    const p = indexPage([{ text: 'Restricted paper for group A only', box: { x: 0.1, y: 0.1, w: 0.5, h: 0.02 } }]);
    const base = highlight(5, 0, 'Report', 'everyone', restrictedId);
    await ok(who.an.socket, 'annotations.put', { ...base, body: { page: 0, color: '#facc15', text: { start: 0, end: 10, quote: quoteOf(p, 0, 10) }, rects: [{ x: 0.1, y: 0.1, w: 0.2, h: 0.02 }] } });
    await chairPushes.waitFor((r) => r.id === uuid(5));
    await new Promise((r) => setTimeout(r, 300));
    expect(who.binh.pushes.rows().some((r) => r.id === uuid(5) && !('gone' in r))).toBe(false);
  });

  it('answers an edit made on an older revision with the current annotation, and removes with a tombstone', async () => {
    const input = highlight(6, 0, 'Health receives');
    await ok(who.an.socket, 'annotations.put', input);
    const edited = (await ok(who.an.socket, 'annotations.put', { ...input, baseRev: 1, body: { ...input.body, color: '#22d3ee' } })).data;
    expect(edited.annotation.rev).toBe(2);
    // The other device of the delegate edits on revision 1: not applied, revision 2 comes back.
    const stale = (await ok(who.an.socket, 'annotations.put', { ...input, baseRev: 1, body: { ...input.body, color: '#dc2626' } })).data;
    expect(stale).toMatchObject({ applied: false, annotation: { rev: 2, body: { color: '#22d3ee' } } });
    expect((await ok(who.an.socket, 'annotations.remove', { meetingId, id: uuid(6), baseRev: 1 })).data.applied).toBe(false);
    const removed = (await ok(who.an.socket, 'annotations.remove', { meetingId, id: uuid(6), baseRev: 2 })).data;
    expect(removed).toMatchObject({ applied: true, annotation: { deleted: true, rev: 3 } });
    expect((await ok(who.an.socket, 'annotations.remove', { meetingId, id: uuid(6), baseRev: 2 })).data).toEqual(removed);
    const rows = (await ok(who.an.socket, 'annotations.sync', { meetingId, since: 0 })).data.annotations;
    expect(rows.find((r) => r.id === uuid(6))).toMatchObject({ deleted: true });
  });

  it('gives the delegate\'s second tablet the same annotations, and its edit made on an old revision comes back current', async () => {
    const mine = (await ok(who.an.socket, 'annotations.sync', { meetingId, since: 0 })).data.annotations;
    const second = await pairedDevice(t.hub.url, t.passcode, 'an-2');
    await ok(second.socket, 'session.badgeSignIn', { meetingId, code: who.an.code, takeOver: true });
    const there = (await ok(second.socket, 'annotations.sync', { meetingId, since: 0 })).data.annotations;
    expect(there).toEqual(mine);
    const first = there.find((r) => r.id === uuid(1)) as Annotation;
    const edited = (await ok(second.socket, 'annotations.put', { ...highlight(1, 0, 'twenty percent'), baseRev: first.rev, body: { ...first.body, color: '#f472b6' } })).data;
    expect(edited).toMatchObject({ applied: true, annotation: { rev: first.rev + 1 } });
    // Back on the first tablet: its session moved, so it signs in again and takes the edit by its cursor.
    const cursor = Math.max(...mine.map((r) => r.seq));
    await ok(who.an.socket, 'session.badgeSignIn', { meetingId, code: who.an.code, takeOver: true });
    const caught = (await ok(who.an.socket, 'annotations.sync', { meetingId, since: cursor })).data.annotations;
    expect(caught).toEqual([edited.annotation]);
    second.socket.disconnect();
    await ok(who.an.socket, 'meeting.open', { meetingId });
  });

  it('keeps personal notes per agenda item', async () => {
    const note = { meetingId, id: uuid(7), baseRev: 0, documentId: null, sha256: null, itemId, kind: 'item_note', visibility: 'private', body: { note: 'Hỏi về ngân sách giáo dục' } } as const;
    expect((await ok(who.an.socket, 'annotations.put', note)).data.annotation).toMatchObject({ itemId, body: { note: 'Hỏi về ngân sách giáo dục' } });
  });

  it.each<[string, (base: CommandInput<'annotations.put'>) => unknown, string]>([
    ['a body that is not its kind\'s', (b) => ({ ...b, id: uuid(90), kind: 'ink' }), 'bad_request'],
    ['a page beyond the document', (b) => ({ ...b, id: uuid(91), body: { ...(b.body as object), page: 7 } }), 'bad_request'],
    ['a sha256 that is no version of the document', (b) => ({ ...b, id: uuid(92), sha256: 'a'.repeat(64) }), 'bad_request'],
    ['an item note without its item', (b) => ({ ...b, id: uuid(93), kind: 'item_note', documentId: null, sha256: null, body: { note: 'x' } }), 'bad_request'],
    ['a point off the page', (b) => ({ ...b, id: uuid(94), kind: 'note', body: { page: 0, note: 'x', points: [[1.5, 0.2]], line: null } }), 'bad_request'],
    ['an id that is not a UUID', (b) => ({ ...b, id: '../../etc' }), 'bad_request'],
    ['an unknown field', (b) => ({ ...b, id: uuid(95), delegateId: 'someone' }), 'bad_request'],
    ['an edit of an annotation the hub never had', (b) => ({ ...b, id: uuid(97), baseRev: 3 }), 'not_found'],
    ['another delegate\'s annotation', (b) => ({ ...b, id: uuid(1), baseRev: 1 }), 'forbidden'],
  ])('refuses %s', async (_, change, code) => {
    const socket = code === 'forbidden' ? who.binh.socket : who.an.socket;
    const ack = await send(socket, 'annotations.put', change(highlight(0, 0, 'twenty percent')) as CommandInput<'annotations.put'>);
    expect(ack).toMatchObject({ ok: false, code });
  });

  it('refuses a stroke of more points than an annotation may hold or over 64 KiB, and staff writing annotations', async () => {
    const big = stroke(98, 0, 0);
    const heavy = Array.from({ length: 4000 }, (_, i) => [i / 4000 + 1e-9, 0.123456789012, 0.987654321098] as [number, number, number]);
    expect(await send(who.an.socket, 'annotations.put', { ...big, body: { ...big.body, points: heavy } })).toMatchObject({ ok: false, code: 'payload_too_large' });
    const points = Array.from({ length: 4001 }, (_, i) => [i / 4001, 0.5, 0.5] as [number, number, number]);
    expect(await send(who.an.socket, 'annotations.put', { ...big, body: { ...big.body, points } })).toMatchObject({ ok: false, code: 'bad_request' });
    expect(await send(chair, 'annotations.put', stroke(99, 0, 0))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('carries every annotation to a new version once, at the hub, and one made offline on the old version after it', async () => {
    await ok(who.an.socket, 'annotations.put', stroke(10, 0, 1));
    await ok(who.an.socket, 'annotations.put', highlight(11, 1, 'economic committee'));
    await ok(secretariat, 'document.replace', { meetingId, documentId: docId, sha256: sha.v2! });
    const carried = (await who.an.pushes.waitFor((r) => r.id === uuid(11) && 'carried' in r && r.carried !== null, 20_000)) as Annotation;
    expect(carried).toMatchObject({ sha256: sha.v2, body: { page: 2 }, carried: { status: 'moved', fromSha256: sha.v1, fromVersion: 1, fromBody: { page: 1 } } });
    const rows = (await ok(who.an.socket, 'annotations.sync', { meetingId, since: 0 })).data.annotations as Annotation[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(uuid(1))).toMatchObject({ sha256: sha.v2, rev: 3, carried: { status: 'kept' } });
    const ink = byId.get(uuid(10))!;
    expect(ink.carried?.status).toBe('kept');
    // The stroke moved down with its line ("Education receives…", one line lower in version 2).
    expect(ink.body.points![0]![1]).toBeGreaterThan((stroke(10, 0, 1).body.points![0] as number[])[1]!);
    // Each annotation once: the carry changed rows, it made none.
    expect(rows.filter((r) => r.id === uuid(11))).toHaveLength(1);
    // A tablet that was offline sends one made on version 1: it lands on version 2 at once.
    const late = (await ok(who.an.socket, 'annotations.put', highlight(12, 1, 'Simplify the procedures'))).data.annotation;
    expect(late).toMatchObject({ sha256: sha.v2, body: { page: 2 }, carried: { status: 'moved' } });
  });
});
