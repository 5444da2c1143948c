// The hall's seat layout (issue 15.3): laid out once by the secretariat, from the delegate list's seats or drawn as a
// grid; read by the chair and the secretariat for the seat map. Every bad layout refused with its reason, nothing saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridLayout } from '../../shared/domain/hall.ts';
import { connect, nextPush, ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

let t: TestHub;
let secretariat: TestSocket;
let chair: TestSocket;
beforeAll(async () => {
  t = await startTestHub();
  secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
  chair = await signIn(t.hub.url, t.passcode, 'chair');
  await ok(secretariat, 'meeting.create', { id: 'hall', title: 'Kỳ họp thứ nhất', date: '2026-12-18' });
  await ok(secretariat, 'meeting.create', { id: 'no-seats', title: 'Không có ghế', date: '2026-12-18' });
  await ok(secretariat, 'delegate.add', { meetingId: 'no-seats', fullName: 'Lê Văn Chưa Ghế' });
});
afterAll(async () => {
  secretariat?.disconnect();
  chair?.disconnect();
  await t?.stop();
});

const current = async () => (await ok(chair, 'hall.get', {})).data;

describe('the hall layout', () => {
  it('is none before the secretariat lays it out', async () => {
    expect(await current()).toEqual({ layout: null, updatedAt: null });
  });

  it("is laid out from a delegate list's seats: rows from the labels, bare numbers in rows, the unreadable at the back", async () => {
    for (const [fullName, seat] of [
      ['Nguyễn Thị Hoa', 'A1'],
      ['Trần Văn Bình', 'A3'],
      ['Phạm Minh Đức', 'B-02'],
      ['Hoàng Thu Trang', 'Ghế chủ tọa'],
      ['Đỗ Quang Huy', ''],
    ] as const) {
      await ok(secretariat, 'delegate.add', { meetingId: 'hall', fullName, seat });
    }
    const { layout, unreadable } = (await ok(secretariat, 'hall.fromSeats', { meetingId: 'hall' })).data;
    expect(layout).toEqual({
      blocks: [
        { name: '', rows: [{ name: 'A', seats: ['A1', null, 'A3'] }, { name: 'B', seats: [null, 'B-02'] }] },
        { name: '?', rows: [{ name: '?', seats: ['Ghế chủ tọa'] }] },
      ],
    });
    expect(unreadable).toEqual(['Ghế chủ tọa']);
    const saved = await current();
    expect(saved.layout).toEqual(layout);
    expect(saved.updatedAt).not.toBeNull();
  });

  it('is replaced by a grid drawn in the editor, gaps and renamed seats kept', async () => {
    const grid = gridLayout({ blocks: 2, rows: 3, seatsPerRow: 4 });
    grid.blocks[0]!.rows[0]!.seats[1] = null;
    grid.blocks[1]!.rows[2]!.seats[0] = 'Thư ký';
    await ok(secretariat, 'hall.set', { layout: grid });
    expect((await current()).layout).toEqual(grid);
  });

  it('refuses a layout without seats, with a seat twice, or too large, and keeps the one it had', async () => {
    const before = await current();
    const one = (seats: (string | null)[]) => ({ blocks: [{ name: '', rows: [{ name: 'A', seats }] }] });
    expect(await send(secretariat, 'hall.set', { layout: { blocks: [] } })).toMatchObject({ ok: false, code: 'bad_request', reason: 'hall_empty' });
    expect(await send(secretariat, 'hall.set', { layout: one([null, null]) })).toMatchObject({ ok: false, code: 'bad_request', reason: 'hall_empty' });
    expect(await send(secretariat, 'hall.set', { layout: one(['A1', 'A2', ' A1 ']) })).toMatchObject({
      ok: false,
      code: 'bad_request',
      reason: 'hall_seat_twice',
      params: { seat: 'A1' },
    });
    expect(await send(secretariat, 'hall.set', { layout: gridLayout({ blocks: 4, rows: 26, seatsPerRow: 30 }) })).toMatchObject({
      ok: false,
      reason: 'hall_too_many_seats',
      params: { seats: 3120, max: 3000 },
    });
    // What the schema sees alone: a blank label (a gap is null), a label too long, a row too long, stray fields.
    for (const layout of [
      one(['A1', '  ']),
      one(['x'.repeat(21)]),
      one(Array.from({ length: 121 }, (_, i) => `A${i + 1}`)),
      { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1'], extra: 1 }] }] },
      { blocks: 'A1' },
    ]) {
      expect(await send(secretariat, 'hall.set', { layout } as never)).toMatchObject({ ok: false, code: 'bad_request' });
    }
    expect(await send(secretariat, 'hall.fromSeats', { meetingId: 'nowhere' })).toMatchObject({ ok: false, code: 'not_found', reason: 'meeting_not_found' });
    expect(await send(secretariat, 'hall.fromSeats', { meetingId: 'no-seats' })).toMatchObject({ ok: false, code: 'conflict', reason: 'hall_no_seats' });
    expect(await send(secretariat, 'hall.fromSeats', { meetingId: 'hall', seatsPerRow: 0 })).toMatchObject({ ok: false, code: 'bad_request' });
    expect(await current()).toEqual(before);
  });

  it('is laid out by the secretariat alone, and read by the chair and the secretariat only', async () => {
    const before = await current();
    const layout = gridLayout({ blocks: 1, rows: 1, seatsPerRow: 2 });
    expect(await send(chair, 'hall.set', { layout })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(chair, 'hall.fromSeats', { meetingId: 'hall' })).toMatchObject({ ok: false, code: 'forbidden' });
    const desk = await signIn(t.hub.url, t.passcode, 'checkin');
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'hall');
    const guest = await connect(t.hub.url);
    for (const socket of [desk, tablet.socket, guest]) {
      expect(await send(socket, 'hall.get', {})).toMatchObject({ ok: false });
      expect(await send(socket, 'hall.set', { layout })).toMatchObject({ ok: false });
    }
    for (const socket of [desk, tablet.socket, guest]) socket.disconnect();
    expect(await current()).toEqual(before);
    expect((await ok(secretariat, 'hall.get', {})).data).toEqual(before);
  });

  it("is pushed, once saved, to the chair's console and another secretariat screen, and to nobody else; a refused one is not", async () => {
    const office = await signIn(t.hub.url, t.passcode, 'secretariat');
    const desk = await signIn(t.hub.url, t.passcode, 'checkin');
    const tablet = await pairedDevice(t.hub.url, t.passcode, 'hall-push');
    const strays: unknown[] = [];
    for (const socket of [desk, tablet.socket]) socket.on('hall.changed', (p) => strays.push(p));
    const told: unknown[] = [];
    chair.on('hall.changed', (p) => told.push(p));
    try {
      const grid = gridLayout({ blocks: 3, rows: 2, seatsPerRow: 5 });
      const toChair = nextPush(chair, 'hall.changed');
      const toOffice = nextPush(office, 'hall.changed');
      await ok(secretariat, 'hall.set', { layout: grid });
      const saved = await current();
      expect(saved.layout).toEqual(grid);
      expect(await toChair).toEqual(saved);
      expect(await toOffice).toEqual(saved);

      const fromSeats = nextPush(chair, 'hall.changed');
      const { layout } = (await ok(secretariat, 'hall.fromSeats', { meetingId: 'hall' })).data;
      expect(await fromSeats).toEqual({ layout, updatedAt: (await current()).updatedAt });

      expect(await send(secretariat, 'hall.set', { layout: { blocks: [] } })).toMatchObject({ ok: false, reason: 'hall_empty' });
      await ok(chair, 'hall.get', {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(told).toHaveLength(2);
      expect(strays).toEqual([]);
    } finally {
      chair.off('hall.changed');
      for (const socket of [office, desk, tablet.socket]) socket.disconnect();
    }
  });
});
