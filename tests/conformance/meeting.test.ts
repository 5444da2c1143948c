// Conformance, part 2: a whole meeting prepared, run and closed with every meeting command; pushes and acks in the
// documented order (merged pushes that follow on), opening again without doubling pushes, catching up after a gap, the quorum, badge refusals.
// Written from docs/protocol.md and docs/badges.md alone (see client.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_DOMAINS, ANNOTATION_DOMAINS, type Client, CODE_PLAN, COMMANDS, FLOOR_DOMAINS, type Json, MEETING_PUSHES, VOTE_DOMAINS, applyChanges, connect, covered, http, normalised, reasonProblems, shortCodeOf, tinyPdf } from './client.ts';
import { type ConformanceHub, startHub } from './hub.ts';

let hub: ConformanceHub;
const open: Client[] = [];
const keep = (c: Client) => (open.push(c), c);
let secretariat: Client;
let token: string;
let chair: Client;
let desk: Client;
let tablet: { c: Client; deviceToken: string };
const m = 'm1';
const ids: Record<string, string> = {};

async function signedIn(passcode: string) {
  const c = keep(await connect(hub.url));
  return { c, token: (await c.ok('session.signIn', { passcode })).token as string };
}

async function upload(label: string): Promise<Json> {
  const res = await http(hub.url, 'POST', '/api/documents', { headers: { Authorization: `Bearer ${token}` }, body: tinyPdf(label) });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

/** The meeting.changed pushes a connection received for a meeting, by revision. */
const changed = (c: Client, meetingId = m) => c.pushes('meeting.changed').filter((p) => p.meetingId === meetingId);

beforeAll(async () => {
  hub = await startHub();
  ({ c: secretariat, token } = await signedIn(hub.passcode));
  chair = (await signedIn((await secretariat.ok('staff.issue', { role: 'chair', label: 'Chủ tọa' })).secret)).c;
  desk = (await signedIn((await secretariat.ok('staff.issue', { role: 'checkin', label: 'Bàn đón tiếp 1' })).secret)).c;
  const { code } = await secretariat.ok('pairing.get');
  const c = keep(await connect(hub.url, { deviceName: 'Máy tính bảng 01' }));
  tablet = { c, deviceToken: (await c.ok('device.pair', { code })).deviceToken };
});

afterAll(async () => {
  for (const c of open) c.close();
  await hub?.stop();
});

describe('the hub as docs/protocol.md describes it: a meeting', () => {
  it('prepares a meeting with every command; opening it three times pushes each revision once, after its ack', async () => {
    await secretariat.ok('meeting.create', { id: m, title: 'Kỳ họp thứ 10', date: '2026-11-23' });
    expect(await secretariat.code('meeting.create', { id: m, title: 'Trùng', date: '2026-11-23' })).toBe('conflict');
    // Without an id, the date, then the date with -2 while it is taken.
    expect((await secretariat.ok('meeting.create', { title: 'Không mã', date: '2027-01-05' })).meetingId).toBe('2027-01-05');
    expect((await secretariat.ok('meeting.create', { title: 'Không mã, lần hai', date: '2027-01-05' })).meetingId).toBe('2027-01-05-2');
    for (let i = 0; i < 3; i++) expect((await secretariat.ok('meeting.open', { meetingId: m })).mode).toBe('snapshot');
    const first = (await chair.ok('meeting.open', { meetingId: m })).snapshot;
    expect(first.quorum).toMatchObject({ rule: { kind: 'majority' }, members: 0, present: 0, reached: false });

    await secretariat.ok('meeting.update', { meetingId: m, place: 'Hội trường A', quorumRule: { kind: 'twoThirds' } });
    ids.a = (await secretariat.ok('agenda.add', { meetingId: m, title: 'Khai mạc' })).itemId;
    ids.b = (await secretariat.ok('agenda.add', { meetingId: m, title: 'Thảo luận' })).itemId;
    ids.b1 = (await secretariat.ok('agenda.add', { meetingId: m, parentId: ids.b, title: 'Ý kiến' })).itemId;
    ids.c = (await secretariat.ok('agenda.add', { meetingId: m, title: 'Bế mạc', durationMinutes: 15 })).itemId;
    await secretariat.ok('agenda.update', { meetingId: m, itemId: ids.a, title: 'Khai mạc kỳ họp' });
    await secretariat.ok('agenda.move', { meetingId: m, itemId: ids.b1, parentId: null, position: 0 });
    await secretariat.ok('agenda.remove', { meetingId: m, itemId: ids.c });

    const [open1, restricted, replacement] = [await upload('open'), await upload('restricted'), await upload('replacement')];
    ids.doc = (await secretariat.ok('document.add', { meetingId: m, itemId: ids.a, title: 'Tờ trình', sha256: open1.sha256 })).documentId;
    ids.secret = (await secretariat.ok('document.add', { meetingId: m, itemId: null, title: 'Báo cáo mật', sha256: restricted.sha256, access: { kind: 'staff' } })).documentId;
    await secretariat.ok('document.update', { meetingId: m, documentId: ids.doc, title: 'Tờ trình số 1' });
    expect(await secretariat.ok('document.replace', { meetingId: m, documentId: ids.doc, sha256: replacement.sha256 })).toEqual({ version: 2 });
    ids.gone = (await secretariat.ok('document.add', { meetingId: m, itemId: null, title: 'Nháp', sha256: open1.sha256 })).documentId;
    await secretariat.ok('document.remove', { meetingId: m, documentId: ids.gone });

    ids.d1 = (await secretariat.ok('delegate.add', { meetingId: m, fullName: 'Nguyễn Văn An', seat: 'A01' })).delegateId;
    ids.d2 = (await secretariat.ok('delegate.add', { meetingId: m, fullName: 'Trần Thị Bình', seat: 'A02' })).delegateId;
    // A refusal names its case and the values its words need, for screens to say it in their language.
    const taken = await secretariat.send('delegate.update', { meetingId: m, delegateId: ids.d2, seat: 'A01' });
    expect(taken).toMatchObject({ ok: false, code: 'conflict', reason: 'seat_taken', params: { seat: 'A01', holder: 'Nguyễn Văn An' } });
    expect(reasonProblems(taken)).toEqual([]);
    await secretariat.ok('delegate.update', { meetingId: m, delegateId: ids.d2, organisation: 'Sở Tài chính' });
    // Two rows give one seat (both imported without it), one row has no name (skipped): the answer names them by line.
    const rows = [
      { line: 2, fullName: 'Lê Văn Cường', seat: 'B01' },
      { line: 3, fullName: 'Phạm Thị Dung', seat: 'B01' },
      { line: 4, fullName: 'Hoàng Văn Em', seat: 'B03' },
      { line: 5, fullName: '', seat: 'B04' },
    ];
    expect(await secretariat.ok('delegate.import', { meetingId: m, delegates: rows })).toEqual({
      added: 3,
      updated: 0,
      skipped: [{ line: 5, problems: [{ code: 'name_empty' }] }],
      changed: [
        { line: 2, problems: [{ code: 'seat_twice', seat: 'B01', lines: [3] }] },
        { line: 3, problems: [{ code: 'seat_twice', seat: 'B01', lines: [2] }] },
      ],
    });
    const listed = (await secretariat.ok('meeting.open', { meetingId: m })).snapshot.delegates;
    expect(listed.filter((d: Json) => ['Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'].includes(d.fullName)).map((d: Json) => d.seat).sort()).toEqual(['', '', 'B03']);
    ids.d5 = listed.find((d: Json) => d.fullName === 'Hoàng Văn Em').id;
    await secretariat.ok('delegate.remove', { meetingId: m, delegateId: ids.d5 });
    expect(await secretariat.ok('badge.issueMissing', { meetingId: m })).toEqual({ issued: 4 });
    await secretariat.ok('meeting.publish', { meetingId: m });

    // Each revision once, although the meeting was opened three times on this connection: the pushes follow on, each
    // from the revision after the last one's (merged when writes come quickly), and each write is acknowledged before
    // the push that carries its revision.
    const log = secretariat.log;
    const following = log.findIndex((e) => e.kind === 'ack' && e.name === 'meeting.open');
    const writes = log.map((e, i) => ({ e, i })).filter(({ e, i }) => i > following && e.kind === 'ack' && e.body.ok && e.body.revision !== null);
    const last = writes.at(-1)!.e.body.revision as number;
    await secretariat.push('meeting.changed', (p) => p.revision === last);
    const pushes = changed(secretariat);
    expect(pushes.map((p) => p.fromRevision)).toEqual([first.revision + 1, ...pushes.slice(0, -1).map((p) => p.revision + 1)]);
    expect(pushes.every((p) => p.fromRevision <= p.revision)).toBe(true);
    expect(pushes.at(-1)!.revision).toBe(last);
    for (const { e, i } of writes) {
      const pushedAt = log.findIndex((p) => p.kind === 'push' && p.name === 'meeting.changed' && p.body.fromRevision <= e.body.revision && e.body.revision <= p.body.revision);
      expect(pushedAt, `${e.name} r${e.body.revision}`).toBeGreaterThan(i);
    }
    // The chair followed once and gets the same revisions, and applying its pushes gives the meeting as it is.
    await chair.push('meeting.changed', (p) => p.revision === last);
    const toChair = changed(chair);
    expect(toChair.map((p) => p.fromRevision)).toEqual([first.revision + 1, ...toChair.slice(0, -1).map((p) => p.revision + 1)]);
    const applied = toChair.reduce((state, p) => applyChanges(state, p.revision, p.changes), first);
    expect(normalised(applied)).toEqual(normalised((await chair.ok('meeting.open', { meetingId: m })).snapshot));
  });

  it('reads a badge again as text, checks delegates in, and pushes the quorum the hub computes when it moves', async () => {
    const badge = await secretariat.ok('badge.get', { meetingId: m, delegateId: ids.d1 });
    expect(badge).toMatchObject({ delegateId: ids.d1, serial: 1, token: expect.stringMatching(/^RT1\./) });
    expect(shortCodeOf(badge.token)).toBe(badge.shortCode);
    expect(await desk.code('badge.get', { meetingId: m, delegateId: ids.d1 })).toBe('forbidden');
    const reissued = await desk.ok('badge.issue', { meetingId: m, delegateId: ids.d1 });
    expect(reissued.serial).toBe(2);
    expect(await secretariat.ok('badge.get', { meetingId: m, delegateId: ids.d1 })).toEqual(reissued);

    // Refusals of badges, in the order docs/badges.md gives.
    const parts = reissued.token.split('.');
    const forged = [...parts.slice(0, -1), 'A'.repeat(22)].join('.');
    const d2Badge = await secretariat.ok('badge.get', { meetingId: m, delegateId: ids.d2 });
    const altered = [parts[0], parts[1], ids.d2, ...parts.slice(3)].join('.');
    await secretariat.ok('meeting.create', { id: 'm2', title: 'Phiên khác', date: '2026-11-24' });
    const other = (await secretariat.ok('delegate.add', { meetingId: 'm2', fullName: 'Vũ Thị Giang' })).delegateId;
    const otherBadge = await secretariat.ok('badge.issue', { meetingId: 'm2', delegateId: other });
    for (const [code, expected] of [
      ['hello', 'badge_malformed'],
      [parts.slice(0, 3).join('.'), 'badge_truncated'],
      [otherBadge.token, 'badge_other_meeting'],
      [forged, 'badge_forged'],
      [altered, 'badge_altered'],
      [badge.token, 'badge_revoked'],
    ] as const) {
      expect(await desk.code('checkin.scan', { meetingId: m, code }), expected).toBe(expected);
    }

    const before = (await chair.ok('meeting.open', { meetingId: m })).snapshot;
    const scanned = await desk.ok('checkin.scan', { meetingId: m, code: reissued.token });
    expect(scanned).toMatchObject({ delegateId: ids.d1, fullName: 'Nguyễn Văn An', seat: 'A01', outcome: 'checked_in' });
    expect(await desk.ok('checkin.scan', { meetingId: m, code: d2Badge.shortCode })).toMatchObject({ outcome: 'checked_in' });
    expect(await desk.ok('checkin.scan', { meetingId: m, code: reissued.shortCode })).toMatchObject({ outcome: 'already_present', at: scanned.at });
    const members = 4;
    const third = before.delegates.find((d: Json) => d.fullName === 'Lê Văn Cường').id;
    await desk.ok('checkin.manual', { meetingId: m, delegateId: third });
    await desk.ok('checkin.checkout', { meetingId: m, delegateId: ids.d2 });
    const { revision: lastRevision } = (await chair.send('attendance.set', { meetingId: m, delegateId: ids.d2, status: 'excused' })) as { revision: number };
    // Each revision that moved the quorum carries it as its last change; a repeated scan moved nothing, nor did
    // excusing someone already gone. Caught up revision by revision, they are all there, in order.
    const caughtUp = await chair.ok('meeting.open', { meetingId: m, sinceRevision: before.revision });
    expect(caughtUp).toMatchObject({ mode: 'changes', revision: lastRevision });
    const quorums = caughtUp.changes.filter((c: Json) => c.collection === 'quorum');
    expect(quorums.map((q: Json) => q.value.present)).toEqual([1, 2, 3, 2]);
    expect(quorums.every((q: Json) => q.id === m)).toBe(true);
    expect(caughtUp.changes.at(-1)).toMatchObject({ collection: 'attendance', id: ids.d2, value: { status: 'excused' } });
    const now = (await chair.ok('meeting.open', { meetingId: m })).snapshot.quorum;
    expect(now).toEqual({ rule: { kind: 'twoThirds' }, members, present: 2, required: Math.ceil((2 * members) / 3), missing: 1, reached: false });
    // Pushed merged, a few times a second: the chair's screen ends with the same quorum.
    await chair.push('meeting.changed', (p) => p.revision === lastRevision);
    const pushedQuorums = changed(chair).filter((p) => p.revision > before.revision).flatMap((p) => p.changes.filter((c: Json) => c.collection === 'quorum'));
    expect(pushedQuorums.at(-1).value).toEqual(now);
  });

  it('catches a client up after a gap with the changes, or the snapshot when that is shorter; repeats nothing', async () => {
    const opened = await tablet.c.ok('meeting.open', { meetingId: m });
    let state = opened.snapshot;
    expect(state.documents.map((d: Json) => d.id)).toEqual([ids.doc]);
    await tablet.c.ok('meeting.close', { meetingId: m });
    for (const itemId of [ids.a, ids.b, ids.b1]) await chair.ok('agenda.setCurrent', { meetingId: m, itemId });
    expect(changed(tablet.c)).toEqual([]);
    // A gap: three revisions missed. Catching up answers the changes, the shorter here.
    const delta = await tablet.c.ok('meeting.open', { meetingId: m, sinceRevision: state.revision });
    expect(delta).toMatchObject({ mode: 'changes', revision: state.revision + 3 });
    state = applyChanges(state, delta.revision, delta.changes);
    const fresh = (await tablet.c.ok('meeting.open', { meetingId: m })).snapshot;
    expect(normalised(state)).toEqual(normalised(fresh));
    expect(await tablet.c.ok('meeting.open', { meetingId: m, sinceRevision: fresh.revision })).toEqual({ mode: 'changes', revision: fresh.revision, changes: [] });
    expect((await tablet.c.ok('meeting.open', { meetingId: m, sinceRevision: fresh.revision + 50 })).mode).toBe('snapshot');
    // From the start, the changes weigh more than the meeting: a snapshot, shorter than what was pushed since then.
    const fromStart = await secretariat.ok('meeting.open', { meetingId: m, sinceRevision: 0 });
    expect(fromStart.mode).toBe('snapshot');
    expect(JSON.stringify(fromStart).length).toBeLessThan(JSON.stringify(changed(secretariat).flatMap((p) => p.changes)).length);

    // Opened four times now, still each revision pushed once, in one push here: one that may also hold revisions the
    // client caught up on (they were merged while it was away), which applying again leaves as they are.
    await chair.ok('agenda.setCurrent', { meetingId: m, itemId: null });
    await tablet.c.push('meeting.changed', (p) => p.revision === fresh.revision + 1);
    await tablet.c.ok('meeting.list');
    const pushed = changed(tablet.c);
    expect(pushed.map((p) => p.revision)).toEqual([fresh.revision + 1]);
    expect(pushed[0].fromRevision).toBeLessThanOrEqual(fresh.revision + 1);
    state = applyChanges(state, fresh.revision + 1, changed(tablet.c)[0].changes);
    expect(state.meeting.currentItemId).toBeNull();
  });

  it('takes preload reports from a paired tablet and pushes them to the chair and the secretariat; closes the meeting', async () => {
    const { snapshot } = await tablet.c.ok('meeting.open', { meetingId: m });
    const doc = snapshot.documents[0];
    const ack = await tablet.c.send('preload.report', { meetingId: m, documents: [{ documentId: doc.id, sha256: doc.sha256, bytes: doc.bytes, bytesDone: doc.bytes, state: 'done' }] });
    expect(ack).toEqual({ ok: true, revision: null, data: {} });
    const row = await secretariat.push('preload.changed', (p) => p.meetingId === m);
    expect(row.devices).toEqual([expect.objectContaining({ deviceName: 'Máy tính bảng 01', documentsDone: 1, online: true })]);
    expect(await chair.push('preload.changed', (p) => p.meetingId === m)).toEqual(row);
    expect(tablet.c.pushes('preload.changed')).toEqual([]);
    expect((await chair.ok('preload.list', { meetingId: m })).devices).toEqual(expect.arrayContaining([expect.objectContaining({ deviceId: row.devices[0].deviceId })]));
    expect(await secretariat.code('preload.report', { meetingId: m, documents: [] })).toBe('not_paired');

    expect((await tablet.c.ok('meeting.list')).meetings.map((x: Json) => x.id)).toEqual([m]);
    const { revision } = (await secretariat.send('meeting.end', { meetingId: m })) as { revision: number };
    expect((await tablet.c.push('meeting.changed', (p) => p.revision === revision)).changes).toEqual([expect.objectContaining({ collection: 'meeting', value: expect.objectContaining({ status: 'closed' }) })]);
    expect(await secretariat.code('agenda.add', { meetingId: m, title: 'Muộn' })).toBe('conflict');
    await tablet.c.ok('preload.report', { meetingId: m, documents: [], purgedAt: new Date().toISOString() });
  });

  it('shows the room a page: every follower is told it, one that may not read the document only that something is shown', async () => {
    const p = 'm-show';
    await secretariat.ok('meeting.create', { id: p, title: 'Kỳ họp trình chiếu', date: '2026-12-07' });
    const open1 = await upload('shown');
    const staffOnly = await upload('shown staff');
    const shownId = (await secretariat.ok('document.add', { meetingId: p, itemId: null, title: 'Tờ trình', sha256: open1.sha256 })).documentId;
    const secretId = (await secretariat.ok('document.add', { meetingId: p, itemId: null, title: 'Mật', sha256: staffOnly.sha256, access: { kind: 'staff' } })).documentId;
    await secretariat.ok('meeting.publish', { meetingId: p });
    const { code } = await secretariat.ok('pairing.get');
    const guest = keep(await connect(hub.url, { deviceName: 'Máy tính bảng khách' }));
    await guest.ok('device.pair', { code });
    let seen = (await guest.ok('meeting.open', { meetingId: p })).snapshot;
    expect(seen.presentation).toEqual({ id: p, documentId: null, page: null, access: null, hidden: false, since: null });

    const shown = (await chair.send('presentation.show', { meetingId: p, documentId: shownId, page: 1 })) as Json;
    expect(shown).toMatchObject({ ok: true, data: {} });
    seen = applyChanges(seen, shown.revision, (await guest.push('meeting.changed', (b) => b.meetingId === p && b.revision >= shown.revision)).changes);
    expect(seen.presentation).toMatchObject({ id: p, documentId: shownId, page: 1, access: { kind: 'all' }, hidden: false });

    const hidden = (await secretariat.send('presentation.show', { meetingId: p, documentId: secretId, page: 1 })) as Json;
    const push = await guest.push('meeting.changed', (b) => b.meetingId === p && b.revision >= hidden.revision);
    expect(JSON.stringify(push)).not.toContain(secretId);
    seen = applyChanges(seen, hidden.revision, push.changes);
    expect(seen.presentation).toMatchObject({ documentId: null, page: null, access: null, hidden: true });
    expect((await chair.ok('meeting.open', { meetingId: p })).snapshot.presentation).toMatchObject({ documentId: secretId, page: 1, hidden: false });

    const beyond = (await chair.send('presentation.show', { meetingId: p, documentId: shownId, page: 2 })) as Json;
    expect(beyond).toMatchObject({ ok: false, code: 'bad_request', reason: 'page_beyond', params: { page: 2, pages: 1 } });
    expect(reasonProblems(beyond)).toEqual([]);
    expect(await guest.code('presentation.show', { meetingId: p, documentId: shownId, page: 1 })).toBe('not_signed_in');
    expect(await desk.code('presentation.show', { meetingId: p, documentId: shownId, page: 1 })).toBe('forbidden');
    await chair.ok('presentation.show', { meetingId: p, documentId: null });
    expect((await guest.ok('meeting.open', { meetingId: p })).snapshot.presentation).toMatchObject({ documentId: null, hidden: false });
  });

  it('lays the hall out from the delegates\' seats, then draws it by hand; refuses a layout without seats or with a seat twice', async () => {
    const h = 'm-hall';
    await secretariat.ok('meeting.create', { id: h, title: 'Hội trường', date: '2026-12-07' });
    expect(await secretariat.send('hall.fromSeats', { meetingId: h })).toMatchObject({ ok: false, code: 'conflict', reason: 'hall_no_seats' });
    for (const [fullName, seat] of [['Phạm Thu Hà', 'A1'], ['Đỗ Quang Huy', 'A2'], ['Vũ Ngọc Lan', 'B1'], ['Hồ Văn Nam', 'sân khấu']]) {
      await secretariat.ok('delegate.add', { meetingId: h, fullName, seat });
    }
    const made = await secretariat.ok('hall.fromSeats', { meetingId: h });
    const labels = made.layout.blocks.flatMap((b: Json) => b.rows.flatMap((r: Json) => r.seats)).filter((s: Json) => s !== null);
    expect(labels).toEqual(expect.arrayContaining(['A1', 'A2', 'B1']));
    expect(made.unreadable).toEqual(['sân khấu']);
    const got = await chair.ok('hall.get');
    expect(got).toMatchObject({ layout: made.layout, updatedAt: expect.any(String) });
    // The chair's seat map is told the new layout without asking.
    expect(await chair.push('hall.changed', (p) => p.updatedAt === got.updatedAt)).toEqual(got);

    const drawn = { blocks: [{ name: 'Giữa', rows: [{ name: 'A', seats: ['A1', null, 'A2'] }, { name: 'B', seats: ['B1'] }] }] };
    await secretariat.ok('hall.set', { layout: drawn });
    expect((await chair.ok('hall.get')).layout).toEqual(drawn);
    expect((await chair.push('hall.changed', (p) => JSON.stringify(p.layout) === JSON.stringify(drawn))).layout).toEqual(drawn);
    const twice = await secretariat.send('hall.set', { layout: { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1', 'A1'] }] }] } });
    expect(twice).toMatchObject({ ok: false, code: 'bad_request', reason: 'hall_seat_twice', params: { seat: 'A1' } });
    expect(reasonProblems(twice as Json)).toEqual([]);
    expect(await secretariat.send('hall.set', { layout: { blocks: [{ name: '', rows: [{ name: 'A', seats: [null] }] }] } })).toMatchObject({ ok: false, code: 'bad_request', reason: 'hall_empty' });
    expect(await chair.code('hall.set', { layout: drawn })).toBe('forbidden');
    expect((await chair.ok('hall.get')).layout).toEqual(drawn);
  });

  it('drove every command outside the access and vote domains, the meeting pushes, and its share of the codes', () => {
    const mine = COMMANDS.map((c) => c.name).filter((n) => !ACCESS_DOMAINS.includes(n.split('.')[0]!) && !VOTE_DOMAINS.includes(n.split('.')[0]!) && !FLOOR_DOMAINS.includes(n.split('.')[0]!) && !ANNOTATION_DOMAINS.includes(n.split('.')[0]!));
    expect(mine.length).toBeGreaterThan(20);
    expect(mine.filter((n) => !covered.commands.has(n))).toEqual([]);
    expect(MEETING_PUSHES.filter((p) => !covered.pushes.has(p))).toEqual([]);
    expect(CODE_PLAN.meeting.filter((c) => !covered.codes.has(c))).toEqual([]);
  });
});
