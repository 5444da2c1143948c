import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/domain/changes.ts';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { emitRaw, makeMeeting, ok, pairedDevice, pushReaching, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

describe('the hub with three real clients', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let chair: TestSocket;
  let tablet: TestSocket;
  let reconnectTablet: () => Promise<TestSocket>;
  let meeting: Awaited<ReturnType<typeof makeMeeting>>;

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    const paired = await pairedDevice(t.hub.url, t.passcode, 'tablet-1');
    tablet = paired.socket;
    reconnectTablet = paired.reconnect;
    meeting = await makeMeeting(secretariat);
    // Tablets see a meeting once it is published.
    await ok(secretariat, 'meeting.publish', { meetingId: meeting.meetingId });
  });
  afterAll(async () => {
    for (const s of [secretariat, chair, tablet]) s?.disconnect();
    await t?.stop();
  });

  it('acknowledges a write with the new revision and pushes it to every follower', async () => {
    const opened = await ok(tablet, 'meeting.open', { meetingId: meeting.meetingId });
    await ok(secretariat, 'meeting.open', { meetingId: meeting.meetingId });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const before = opened.data.snapshot.revision;

    const atTablet = pushReaching(tablet, meeting.meetingId, before + 1);
    const atSecretariat = pushReaching(secretariat, meeting.meetingId, before + 1);
    const ack = await send(chair, 'agenda.setCurrent', { meetingId: meeting.meetingId, itemId: meeting.items.b1 });
    expect(ack).toMatchObject({ ok: true, revision: before + 1 });

    for (const push of [await atTablet, await atSecretariat]) {
      expect(push.meetingId).toBe(meeting.meetingId);
      expect(push.revision).toBe(before + 1);
      expect(push.fromRevision).toBeLessThanOrEqual(before + 1);
      expect(push.changes).toContainEqual(
        expect.objectContaining({ collection: 'meeting', id: meeting.meetingId, value: expect.objectContaining({ currentItemId: meeting.items.b1 }) }),
      );
    }
  });

  it('numbers and reorders the agenda as a tree', async () => {
    await ok(secretariat, 'agenda.move', { meetingId: meeting.meetingId, itemId: meeting.items.b, parentId: null, position: 0 });
    const opened = await ok(secretariat, 'meeting.open', { meetingId: meeting.meetingId });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const byId = new Map(opened.data.snapshot.agendaItems.map((i) => [i.id, i]));
    expect(byId.get(meeting.items.b)).toMatchObject({ parentId: null, position: 0 });
    expect(byId.get(meeting.items.a)).toMatchObject({ parentId: null, position: 1 });
    expect(byId.get(meeting.items.b1)).toMatchObject({ parentId: meeting.items.b, position: 0 });

    const cycle = await send(secretariat, 'agenda.move', { meetingId: meeting.meetingId, itemId: meeting.items.b, parentId: meeting.items.b1, position: 0 });
    expect(cycle).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('refuses a malformed payload with the field that is wrong, and changes nothing', async () => {
    const before = await revision(secretariat, meeting.meetingId);
    const ack = await emitRaw(secretariat, 'agenda.add', { meetingId: meeting.meetingId, title: '', extra: 1 });
    expect(ack).toMatchObject({ ok: false, code: 'bad_request' });
    if (ack.ok) return;
    expect(ack.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['title']));
    expect(ack.message).toContain('title');
    const notAnObject = await emitRaw(secretariat, 'agenda.setCurrent', 'item-1');
    expect(notAnObject).toMatchObject({ ok: false, code: 'bad_request' });
    expect(await revision(secretariat, meeting.meetingId)).toBe(before);
  });

  it('refuses an unknown event with unknown_event, and changes nothing', async () => {
    const before = await revision(secretariat, meeting.meetingId);
    expect(await emitRaw(secretariat, 'agenda.delete-everything', { meetingId: meeting.meetingId })).toMatchObject({
      ok: false,
      code: 'unknown_event',
    });
    expect(await revision(secretariat, meeting.meetingId)).toBe(before);
  });

  it('refuses a command from a role that may not send it, and changes nothing', async () => {
    const before = await revision(secretariat, meeting.meetingId);
    expect(await send(chair, 'agenda.add', { meetingId: meeting.meetingId, title: 'Chen ngang' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(tablet, 'agenda.setCurrent', { meetingId: meeting.meetingId, itemId: null })).toMatchObject({
      ok: false,
      code: 'not_signed_in',
    });
    expect(await revision(secretariat, meeting.meetingId)).toBe(before);
  });

  it('refuses a write to something that does not exist, naming it', async () => {
    const ack = await send(chair, 'agenda.setCurrent', { meetingId: meeting.meetingId, itemId: 'no-such-item' });
    expect(ack).toMatchObject({ ok: false, code: 'not_found' });
    if (!ack.ok) expect(ack.message).toContain('no-such-item');
  });

  it('keeps seats unique', async () => {
    await ok(secretariat, 'delegate.add', { meetingId: meeting.meetingId, fullName: 'Nguyễn Văn An', seat: 'C01' });
    const clash = await send(secretariat, 'delegate.add', { meetingId: meeting.meetingId, fullName: 'Trần Thị Bình', seat: 'C01' });
    expect(clash).toMatchObject({ ok: false, code: 'conflict' });
    if (!clash.ok) expect(clash.message).toContain('Nguyễn Văn An');
  });

  it('gives a client that reconnects only what it missed, ending in the same state', async () => {
    const first = await ok(tablet, 'meeting.open', { meetingId: meeting.meetingId });
    if (first.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    let state: MeetingSnapshot = first.data.snapshot;
    tablet.disconnect();

    await ok(chair, 'agenda.setCurrent', { meetingId: meeting.meetingId, itemId: meeting.items.a });
    await ok(secretariat, 'agenda.update', { meetingId: meeting.meetingId, itemId: meeting.items.a, title: 'Khai mạc hội nghị' });
    await ok(secretariat, 'delegate.add', { meetingId: meeting.meetingId, fullName: 'Lê Thị Cúc', seat: 'C02' });

    tablet = await reconnectTablet();
    const delta = await ok(tablet, 'meeting.open', { meetingId: meeting.meetingId, sinceRevision: state.revision });
    if (delta.data.mode !== 'changes') throw new Error('expected changes');
    expect(delta.data.revision).toBe(state.revision + 3);
    state = applyChanges(state, delta.data.revision, delta.data.changes);

    // The same state as a fresh snapshot for the same reader; a tablet holds no delegate list (the staff do).
    const fresh = await ok(tablet, 'meeting.open', { meetingId: meeting.meetingId });
    if (fresh.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(normalise(state)).toEqual(normalise(fresh.data.snapshot));
    expect(state.delegates).toEqual([]);
    const staff = await ok(secretariat, 'meeting.open', { meetingId: meeting.meetingId });
    if (staff.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(staff.data.snapshot.delegates.map((d) => d.fullName)).toContain('Lê Thị Cúc');
    expect(staff.data.snapshot.revision).toBe(state.revision);
  });
});

async function revision(socket: TestSocket, meetingId: string): Promise<number> {
  const opened = await ok(socket, 'meeting.open', { meetingId });
  if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
  return opened.data.snapshot.revision;
}

function normalise(s: MeetingSnapshot) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { ...s, agendaItems: byId(s.agendaItems), documents: byId(s.documents), delegates: byId(s.delegates) };
}
