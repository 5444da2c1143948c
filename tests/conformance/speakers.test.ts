// Conformance, part 5: the speaker queue, the time spent on each item and the announcements, as an outside client
// would use them from docs/protocol.md alone (see client.ts): asking on a tablet and on a delegate's behalf, a point of
// order ahead of the queue, reordering, the floor given and taken back with its limit, time per item, announcements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, COMMANDS, FLOOR_DOMAINS, type Json, applyChanges, covered, normalised, reasonProblems } from './client.ts';
import { type ConformanceRoom, openRoom } from './room.ts';

let room: ConformanceRoom;
let secretariat: Client;
let chair: Client;
let tablets: ConformanceRoom['tablets'];
let absentId = '';
const m = 's1';
let items: string[] = [];

/** The waiting requests in queue order, by delegate, from a state followed as the document says. */
const queueOf = (state: Json) =>
  state.speeches.filter((s: Json) => s.status === 'waiting').sort((a: Json, b: Json) => a.position - b.position).map((s: Json) => [s.delegateId, s.kind]);

beforeAll(async () => {
  room = await openRoom({
    meeting: { id: m, title: 'Phiên họp', date: '2026-12-07' },
    async prepare(office) {
      items = [(await office.ok('agenda.add', { meetingId: m, title: 'Khai mạc', durationMinutes: 5 })).itemId, (await office.ok('agenda.add', { meetingId: m, title: 'Thảo luận' })).itemId];
      absentId = (await office.ok('delegate.add', { meetingId: m, fullName: 'Vắng Mặt' })).delegateId;
    },
    delegates: [['Nguyễn Văn An', '1'], ['Trần Thị Bình', '2'], ['Lê Minh Chi', '3']],
  });
  ({ secretariat, chair, tablets } = room);
});

afterAll(async () => {
  await room?.stop();
});

describe('the hub as docs/protocol.md describes it: speakers, time and announcements', () => {
  it('runs the queue: asked on tablets and on a delegate\'s behalf, a point of order ahead, reordered, the floor given and ended with its limit', async () => {
    const [a, b, c] = tablets as [(typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0]];
    const { snapshot: start } = await a.c.ok('meeting.open', { meetingId: m });
    expect(start).toMatchObject({ speeches: [], announcements: [], speakingLimits: { id: m, meetingSeconds: null, items: {} } });
    await chair.ok('agenda.setCurrent', { meetingId: m, itemId: items[0] });
    await chair.ok('speakers.setLimit', { meetingId: m, itemId: null, seconds: 120 });
    await secretariat.ok('speakers.setLimit', { meetingId: m, itemId: items[0], seconds: 60 });

    const sa = (await a.c.ok('speakers.ask', { meetingId: m })).speechId;
    const again = await a.c.send('speakers.ask', { meetingId: m, kind: 'speech' });
    expect(again).toMatchObject({ ok: false, code: 'conflict', reason: 'asked_already' });
    expect(reasonProblems(again)).toEqual([]);
    const foreign = await a.c.send('speakers.ask', { meetingId: m, delegateId: b.delegateId });
    expect(foreign).toMatchObject({ ok: false, code: 'forbidden', reason: 'not_own_speech' });
    const sb = (await secretariat.ok('speakers.ask', { meetingId: m, delegateId: b.delegateId })).speechId;
    expect(await secretariat.send('speakers.ask', { meetingId: m })).toMatchObject({ ok: false, code: 'bad_request', reason: 'delegate_required' });
    expect(await chair.send('speakers.ask', { meetingId: m, delegateId: absentId })).toMatchObject({ ok: false, code: 'conflict', reason: 'not_checked_in' });
    const sc = (await c.c.ok('speakers.ask', { meetingId: m, kind: 'pointOfOrder' })).speechId;
    expect(await b.c.send('speakers.withdraw', { meetingId: m, speechId: sa })).toMatchObject({ ok: false, code: 'forbidden', reason: 'not_own_speech' });
    expect(await b.c.code('speakers.give', { meetingId: m })).toBe('forbidden');

    const { snapshot: asked } = await chair.ok('meeting.open', { meetingId: m });
    expect(queueOf(asked)).toEqual([[c.delegateId, 'pointOfOrder'], [a.delegateId, 'speech'], [b.delegateId, 'speech']]);
    expect(asked.speeches.find((s: Json) => s.id === sb)).toMatchObject({ requestedBy: 'secretariat', name: 'Trần Thị Bình', seat: '2', itemId: items[0] });

    await chair.ok('speakers.move', { meetingId: m, speechId: sb, position: 1 });
    const given = await chair.ok('speakers.give', { meetingId: m });
    expect(given).toEqual({ speechId: sc });
    const { snapshot: speaking } = await chair.ok('meeting.open', { meetingId: m });
    expect(speaking.speeches.find((s: Json) => s.id === sc)).toMatchObject({ status: 'speaking', position: null, limitSeconds: 60 });
    expect(Date.parse(speaking.speeches.find((s: Json) => s.id === sc).startedAt)).toBeGreaterThan(0);
    expect(queueOf(speaking)).toEqual([[b.delegateId, 'speech'], [a.delegateId, 'speech']]);

    await chair.ok('agenda.setCurrent', { meetingId: m, itemId: items[1] });
    expect(await chair.ok('speakers.give', { meetingId: m, speechId: sa })).toEqual({ speechId: sa });
    const second = await chair.ok('meeting.open', { meetingId: m });
    expect(second.snapshot.speeches.find((s: Json) => s.id === sc)).toMatchObject({ status: 'done' });
    expect(second.snapshot.speeches.find((s: Json) => s.id === sa)).toMatchObject({ status: 'speaking', limitSeconds: 120 });
    expect(await chair.send('speakers.end', { meetingId: m, speechId: sc })).toMatchObject({ ok: false, code: 'conflict', reason: 'speech_not_speaking' });
    await chair.ok('speakers.end', { meetingId: m, speechId: sa });
    expect(await chair.send('speakers.move', { meetingId: m, speechId: sa, position: 0 })).toMatchObject({ ok: false, code: 'conflict', reason: 'speech_not_waiting' });
    await b.c.ok('speakers.withdraw', { meetingId: m, speechId: sb });
    const empty = await chair.send('speakers.give', { meetingId: m });
    expect(empty).toMatchObject({ ok: false, code: 'conflict', reason: 'queue_empty' });
    expect(await chair.send('speakers.end', { meetingId: m, speechId: 'nope' })).toMatchObject({ ok: false, code: 'not_found', reason: 'speech_not_found' });

    // The time per item: the first item's stretch ended when the second became current.
    const { snapshot: now } = await chair.ok('meeting.open', { meetingId: m });
    expect(now.itemTimes).toEqual(
      expect.arrayContaining([
        { id: items[0], spentSeconds: expect.any(Number), since: null },
        { id: items[1], spentSeconds: 0, since: expect.any(String) },
      ]),
    );

    // A tablet that applied every push as the document says holds what a fresh snapshot holds.
    await a.c.push('meeting.changed', (p) => p.revision >= now.revision);
    let state = start;
    for (const p of a.c.pushes('meeting.changed').filter((p) => p.meetingId === m && p.revision > start.revision)) state = applyChanges(state, p.revision, p.changes);
    expect(normalised(state)).toEqual(normalised((await a.c.ok('meeting.open', { meetingId: m })).snapshot));
  });

  it('puts an announcement up on every tablet and takes it down', async () => {
    const [a, b] = tablets as [(typeof tablets)[0], (typeof tablets)[0]];
    expect(await a.c.code('announcements.post', { meetingId: m, text: 'Tự ý' })).toBe('forbidden');
    expect(await chair.code('announcements.post', { meetingId: m, text: '   ' })).toBe('bad_request');
    const posted = await chair.send('announcements.post', { meetingId: m, text: 'Giải lao 15 phút', onProjector: true });
    if (!posted.ok) throw new Error(posted.message);
    const { announcementId } = posted.data;
    for (const t of [a, b]) {
      const push = await t.c.push('meeting.changed', (p) => p.revision === posted.revision);
      expect(push.changes).toEqual([{ collection: 'announcement', id: announcementId, value: expect.objectContaining({ text: 'Giải lao 15 phút', onProjector: true, postedBy: 'chair' }) }]);
    }
    const removed = await secretariat.send('announcements.remove', { meetingId: m, announcementId });
    if (!removed.ok) throw new Error(removed.message);
    expect((await a.c.push('meeting.changed', (p) => p.revision === removed.revision)).changes).toEqual([{ collection: 'announcement', id: announcementId, value: null }]);
    expect(await secretariat.send('announcements.remove', { meetingId: m, announcementId })).toMatchObject({ ok: false, code: 'not_found', reason: 'announcement_not_found' });
  });

  it('drove every speakers and announcements command', () => {
    const mine = COMMANDS.map((x) => x.name).filter((n) => FLOOR_DOMAINS.includes(n.split('.')[0]!));
    expect(mine.length).toBe(8);
    expect(mine.filter((n) => !covered.commands.has(n))).toEqual([]);
  });
});
