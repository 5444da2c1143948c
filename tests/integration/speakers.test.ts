import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Speech } from '../../shared/protocol/index.ts';
import { emitRaw, ok, pairedDevice, send, signIn, type TestHub, type TestSocket, watchMeeting } from '../support/hub.ts';
import { expectHealthy, expectRefused } from '../support/hostile.ts';
import { hubWithVotingRoom, type VotingRoom } from '../support/voting-room.ts';

/**
 * The speaker queue, limits and announcements over real sockets: four delegates on tablets of their own, the chair,
 * the secretariat; every refusal with its code and nothing changed by it.
 */
let t: TestHub;
let url: string;
let room: VotingRoom;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ t, url, room, stop } = await hubWithVotingRoom(4, 'floor'));
}, 60_000);
afterAll(async () => {
  await stop?.();
});

async function speeches(): Promise<Speech[]> {
  const open = (await ok(room.chair, 'meeting.open', { meetingId: room.meetingId })).data;
  if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
  return open.snapshot.speeches;
}
const queue = (list: Speech[]) => list.filter((s) => s.status === 'waiting').sort((a, b) => a.position! - b.position!).map((s) => s.delegateId);
/** The meeting's revision and its floor, as a fresh snapshot has them: a refusal changes neither. */
async function floorState() {
  const open = (await ok(room.chair, 'meeting.open', { meetingId: room.meetingId })).data;
  if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
  const { revision, speeches, speakingLimits, announcements } = open.snapshot;
  return { revision, speeches, speakingLimits, announcements };
}

describe('the speaker queue', () => {
  it('takes three tablets asking at once in the order they came, pushes each to every tablet at once, and a point of order goes first', async () => {
    const { meetingId, tablets } = room;
    const [a, b, c, d] = tablets as [(typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0]];
    const watch = watchMeeting(d.socket, meetingId);
    const asked = [];
    for (const tab of [a, b, c]) asked.push(await ok(tab.socket, 'speakers.ask', { meetingId }));
    const changes = await watch.reach(asked.at(-1)!.revision!);
    watch.stop();
    // Each request reached a tablet that did not ask, with the name and seat it shows.
    expect(changes.filter((ch) => ch.collection === 'speech').map((ch) => (ch.value as Speech).name)).toEqual([a.fullName, b.fullName, c.fullName]);
    expect(queue(await speeches())).toEqual([a.delegateId, b.delegateId, c.delegateId]);

    await ok(d.socket, 'speakers.ask', { meetingId, kind: 'pointOfOrder' });
    await ok(room.secretariat, 'speakers.ask', { meetingId, delegateId: a.delegateId, kind: 'pointOfOrder' });
    const list = await speeches();
    expect(queue(list)).toEqual([d.delegateId, a.delegateId, a.delegateId, b.delegateId, c.delegateId]);
    expect(list.filter((s) => s.kind === 'pointOfOrder').map((s) => s.requestedBy)).toEqual(['delegate', 'secretariat']);
  });

  it('gives the floor in queue order, ends the speech under way, and reorders and withdraws', async () => {
    const { meetingId, tablets } = room;
    const [a, b, c, d] = tablets as [(typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0]];
    const first = (await ok(room.chair, 'speakers.give', { meetingId })).data.speechId;
    let list = await speeches();
    expect(list.find((s) => s.id === first)).toMatchObject({ delegateId: d.delegateId, kind: 'pointOfOrder', status: 'speaking', position: null });
    const second = (await ok(room.chair, 'speakers.give', { meetingId })).data.speechId;
    list = await speeches();
    expect(list.find((s) => s.id === first)).toMatchObject({ status: 'done', endedAt: expect.any(String) });
    expect(list.find((s) => s.id === second)).toMatchObject({ delegateId: a.delegateId, kind: 'pointOfOrder', status: 'speaking' });
    expect(list.filter((s) => s.status === 'speaking')).toHaveLength(1);
    await ok(room.chair, 'speakers.end', { meetingId, speechId: second });

    // [a, b, c] waiting: c to the head, a beyond the end (last).
    const idOf = (delegateId: string) => list.find((s) => s.delegateId === delegateId && s.status === 'waiting')!.id;
    await ok(room.chair, 'speakers.move', { meetingId, speechId: idOf(c.delegateId), position: 0 });
    await ok(room.secretariat, 'speakers.move', { meetingId, speechId: idOf(a.delegateId), position: 99 });
    list = await speeches();
    expect(queue(list)).toEqual([c.delegateId, b.delegateId, a.delegateId]);
    expect(list.filter((s) => s.status === 'waiting').map((s) => s.position).sort()).toEqual([0, 1, 2]);

    // A delegate withdraws her own request only; the queue closes up.
    expect(await send(a.socket, 'speakers.withdraw', { meetingId, speechId: idOf(b.delegateId) })).toMatchObject({ ok: false, code: 'forbidden', reason: 'not_own_speech' });
    await ok(b.socket, 'speakers.withdraw', { meetingId, speechId: idOf(b.delegateId) });
    expect(await send(b.socket, 'speakers.withdraw', { meetingId, speechId: idOf(b.delegateId) })).toMatchObject({ ok: false, code: 'conflict', reason: 'speech_not_waiting' });
    list = await speeches();
    expect(list.filter((s) => s.status === 'waiting').map((s) => [s.delegateId, s.position])).toEqual(
      expect.arrayContaining([[c.delegateId, 0], [a.delegateId, 1]]),
    );
    // Asking again after withdrawing is a new request, at the end.
    await ok(b.socket, 'speakers.ask', { meetingId });
    expect(queue(await speeches())).toEqual([c.delegateId, a.delegateId, b.delegateId]);
  });

  it('gives each speech the limit of the item current when the floor is given, else the meeting\'s', async () => {
    const { meetingId, items } = room;
    await ok(room.chair, 'speakers.setLimit', { meetingId, itemId: null, seconds: 180 });
    await ok(room.secretariat, 'speakers.setLimit', { meetingId, itemId: items.b, seconds: 45 });
    const onB = (await ok(room.chair, 'speakers.give', { meetingId })).data.speechId;
    // A change of limit applies from the next floor given, not to the speech under way.
    await ok(room.chair, 'speakers.setLimit', { meetingId, itemId: items.b, seconds: 90 });
    expect((await speeches()).find((s) => s.id === onB)?.limitSeconds).toBe(45);
    await ok(room.chair, 'agenda.setCurrent', { meetingId, itemId: items.a });
    const onA = (await ok(room.chair, 'speakers.give', { meetingId })).data.speechId;
    await ok(room.chair, 'speakers.setLimit', { meetingId, itemId: null, seconds: null });
    await ok(room.chair, 'speakers.setLimit', { meetingId, itemId: items.b, seconds: null });
    const none = (await ok(room.chair, 'speakers.give', { meetingId })).data.speechId;
    const list = await speeches();
    expect(list.find((s) => s.id === onA)?.limitSeconds).toBe(180);
    expect(list.find((s) => s.id === none)?.limitSeconds).toBeNull();
    const open = (await ok(room.chair, 'meeting.open', { meetingId })).data;
    if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(open.snapshot.speakingLimits).toEqual({ id: meetingId, meetingSeconds: null, items: {} });
    // Time per item: item b's stretch ended when a became current, a's runs.
    expect(open.snapshot.itemTimes).toEqual(
      expect.arrayContaining([
        { id: items.b, spentSeconds: expect.any(Number), since: null },
        { id: items.a, spentSeconds: 0, since: expect.any(String) },
      ]),
    );
    expect(await send(room.chair, 'speakers.give', { meetingId })).toMatchObject({ ok: false, code: 'conflict', reason: 'queue_empty' });
  });
});

describe('announcements', () => {
  it('reach every tablet within a second and go when taken down', async () => {
    const { meetingId, tablets } = room;
    const watches = tablets.map((tab) => watchMeeting(tab.socket, meetingId));
    const started = Date.now();
    const posted = await ok(room.secretariat, 'announcements.post', { meetingId, text: 'Mời các đại biểu về chỗ ngồi' });
    for (const w of watches) {
      const changes = await w.reach(posted.revision!, 1000);
      expect(changes).toContainEqual({ collection: 'announcement', id: posted.data.announcementId, value: expect.objectContaining({ text: 'Mời các đại biểu về chỗ ngồi', onProjector: false, postedBy: 'secretariat' }) });
    }
    expect(Date.now() - started).toBeLessThan(1000);
    const removed = await ok(room.chair, 'announcements.remove', { meetingId, announcementId: posted.data.announcementId });
    for (const w of watches) expect(await w.reach(removed.revision!)).toContainEqual({ collection: 'announcement', id: posted.data.announcementId, value: null });
    for (const w of watches) w.stop();
  });
});

describe('refusals: a code each, and nothing changed', () => {
  let other: TestSocket[] = [];
  afterAll(() => {
    for (const s of other) s.disconnect();
  });

  it('refuses hostile payloads', async () => {
    const { meetingId, tablets } = room;
    const [a] = tablets as [(typeof tablets)[0]];
    const waiting = (await speeches()).find((s) => s.status === 'waiting') ?? null;
    const speechId = waiting?.id ?? (await ok(a.socket, 'speakers.ask', { meetingId })).data.speechId;
    const before = await floorState();
    const attempts: [string, unknown, string][] = [
      ['speakers.ask', { meetingId, kind: 'filibuster' }, 'bad_request'],
      ['speakers.ask', { meetingId, kind: 'speech', extra: 1 }, 'bad_request'],
      ['speakers.ask', 'speak', 'bad_request'],
      ['speakers.ask', { meetingId: 'không-có' }, 'bad_request'],
      ['speakers.ask', { meetingId: 'nope' }, 'not_found'],
      ['speakers.move', { meetingId, speechId, position: -1 }, 'bad_request'],
      ['speakers.move', { meetingId, speechId, position: 1e12 }, 'bad_request'],
      ['speakers.move', { meetingId, speechId, position: 0.5 }, 'bad_request'],
      ['speakers.move', { meetingId, speechId: '../../etc', position: 0 }, 'bad_request'],
      ['speakers.move', { meetingId, speechId: 'missing', position: 0 }, 'not_found'],
      ['speakers.give', { meetingId, speechId: 'missing' }, 'not_found'],
      ['speakers.setLimit', { meetingId, itemId: null, seconds: 5 }, 'bad_request'],
      ['speakers.setLimit', { meetingId, itemId: null, seconds: 1e9 }, 'bad_request'],
      ['speakers.setLimit', { meetingId, itemId: null, seconds: '60' }, 'bad_request'],
      ['speakers.setLimit', { meetingId, itemId: 'missing', seconds: 60 }, 'not_found'],
      ['speakers.ask', { meetingId, delegateId: 'missing' }, 'not_found'],
      ['announcements.post', { meetingId, text: '' }, 'bad_request'],
      ['announcements.post', { meetingId, text: 'x'.repeat(1001) }, 'bad_request'],
      ['announcements.post', { meetingId, text: 'ok', onProjector: 'yes' }, 'bad_request'],
      ['announcements.remove', { meetingId, announcementId: 'missing' }, 'not_found'],
    ];
    for (const [name, payload, code] of attempts) {
      const ack = await emitRaw(room.chair, name, payload);
      expect(ack, `${name} ${JSON.stringify(payload).slice(0, 60)}`).toMatchObject({ ok: false, code });
    }
    expect(await floorState()).toEqual(before);
    // Asking for a delegate not checked in: on her behalf or on her tablet.
    await ok(room.secretariat, 'checkin.checkout', { meetingId, delegateId: a.delegateId });
    const checkedOut = await floorState();
    expect(await send(room.secretariat, 'speakers.ask', { meetingId, delegateId: a.delegateId, kind: 'pointOfOrder' })).toMatchObject({ ok: false, code: 'conflict', reason: 'not_checked_in' });
    expect(await send(a.socket, 'speakers.ask', { meetingId, kind: 'pointOfOrder' })).toMatchObject({ ok: false, code: 'conflict', reason: 'not_checked_in' });
    expect(await floorState()).toEqual(checkedOut);
    await ok(room.secretariat, 'checkin.manual', { meetingId, delegateId: a.delegateId });
    // A draft meeting has no floor yet; limits may be planned in it.
    const draft = (await ok(room.secretariat, 'meeting.create', { title: 'Nháp', date: '2026-12-08' })).data.meetingId;
    expect(await send(room.secretariat, 'speakers.ask', { meetingId: draft, delegateId: a.delegateId })).toMatchObject({ ok: false, code: 'conflict', reason: 'still_draft' });
    await ok(room.secretariat, 'speakers.setLimit', { meetingId: draft, itemId: null, seconds: 120 });
    await expectHealthy(url);
  });

  it('refuses every role a command is not for', async () => {
    const { meetingId, tablets } = room;
    const [a] = tablets as [(typeof tablets)[0]];
    const projector = await signIn(url, t.passcode, 'projector');
    const checkin = await signIn(url, t.passcode, 'checkin');
    const guest = (await pairedDevice(url, t.passcode, 'khách')).socket;
    other = [projector, checkin, guest];
    const speechId = (await speeches()).find((s) => s.status === 'waiting')!.id;
    const before = await floorState();
    const staffOnly: [string, unknown][] = [
      ['speakers.give', { meetingId }],
      ['speakers.end', { meetingId, speechId }],
      ['speakers.move', { meetingId, speechId, position: 0 }],
      ['speakers.setLimit', { meetingId, itemId: null, seconds: 60 }],
      ['announcements.post', { meetingId, text: 'Tự ý thông báo' }],
      ['announcements.remove', { meetingId, announcementId: 'x' }],
    ];
    const everything: [string, unknown][] = [...staffOnly, ['speakers.ask', { meetingId, delegateId: a.delegateId }], ['speakers.withdraw', { meetingId, speechId }]];
    for (const socket of [projector, checkin]) expect(new Set(await expectRefused(socket, everything))).toEqual(new Set(['forbidden']));
    expect(new Set(await expectRefused(guest, everything))).toEqual(new Set(['not_signed_in']));
    expect(new Set(await expectRefused(a.socket, staffOnly))).toEqual(new Set(['forbidden']));
    expect(await floorState()).toEqual(before);
  });
});
