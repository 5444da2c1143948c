import { describe, expect, it } from 'vitest';
import type { Attendance, Delegate, PreloadDevice, Speech } from '../../../shared/protocol/index.ts';
import { askingToSpeak, countSeats, seatStates, stateCode, type SeatSources, type SeatState } from './seatStates.ts';

const delegate = (id: string, seat: string): Delegate => ({ id, fullName: `Đại biểu ${id}`, title: '', organisation: '', group: '', seat, badgeSerial: 1 });
const here = (id: string): Attendance => ({ id, status: 'present', checkedInAt: '2026-12-18T08:00:00.000Z', checkedOutAt: null });
// Cast: the row may grow fields the map does not read.
const tablet = (delegateId: string, over: Partial<PreloadDevice> = {}) =>
  ({
  deviceId: `dev-${delegateId}-${Math.random()}`,
  deviceName: 'Máy',
  delegateId,
  delegateName: null,
  online: true,
  documentsTotal: 3,
  documentsDone: 3,
  bytesTotal: 30,
  bytesDone: 30,
  failed: [],
  reportedAt: '2026-12-18T08:00:00.000Z',
  purgedAt: null,
  forgottenAt: null,
  mustPurge: false,
  ...over,
});
const base: SeatSources = { delegates: [delegate('a', 'A1')], attendance: [], devices: [], voters: null, asking: new Set() };
const one = (sources: Partial<SeatSources>) => seatStates(['A1'], { ...base, ...sources })[0];
const state = (over: Partial<SeatState>): SeatState => ({ delegateId: 'a', present: false, online: false, preload: 'none', voted: 'no', asking: false, ...over });

describe("a seat's state", () => {
  it.each<[string, Partial<SeatSources>, SeatState]>([
    ['a seat nobody holds', { delegates: [delegate('a', 'B9')] }, { ...state({}), delegateId: null }],
    ['held, absent, no tablet', {}, state({})],
    ['checked in', { attendance: [here('a')] }, state({ present: true })],
    ['checked out (absent again)', { attendance: [{ ...here('a'), status: 'absent' }] }, state({})],
    ['her tablet online with every document', { devices: [tablet('a')] }, state({ online: true, preload: 'done' })],
    ['her tablet offline, half its documents', { devices: [tablet('a', { online: false, documentsDone: 1 })] }, state({ preload: 'partial' })],
    ['a failed document is not done', { devices: [tablet('a', { failed: [{ documentId: 'd', title: 'x', error: 'e', kind: 'network' }] })] }, state({ online: true, preload: 'partial' })],
    ['signed in, no report yet', { devices: [tablet('a', { reportedAt: null })] }, state({ online: true })],
    ['two tablets: online if one is, the best preload', { devices: [tablet('a', { online: false }), tablet('a', { documentsDone: 0 })] }, state({ online: true, preload: 'done' })],
    ["someone else's tablet", { devices: [tablet('b')] }, state({})],
    ['voted on a tablet', { voters: [{ delegateId: 'a', paper: false }] }, state({ voted: 'tablet' })],
    ['voted on paper', { voters: [{ delegateId: 'a', paper: true }] }, state({ voted: 'paper' })],
    ['asking to speak', { asking: new Set(['a']) }, state({ asking: true })],
  ])('%s', (_, sources, expected) => {
    expect(one(sources)).toEqual(expected);
  });

  it('gives each different state its own code, and an empty seat 0', () => {
    const states: SeatState[] = [];
    for (const present of [false, true])
      for (const online of [false, true])
        for (const preload of ['none', 'partial', 'done'] as const)
          for (const voted of ['no', 'tablet', 'paper'] as const) for (const asking of [false, true]) states.push(state({ present, online, preload, voted, asking }));
    expect(new Set(states.map(stateCode)).size).toBe(states.length);
    expect(states.map(stateCode)).not.toContain(0);
    expect(stateCode({ ...state({ present: true }), delegateId: null })).toBe(0);
  });

  it('counts the hall', () => {
    const states = seatStates(['A1', 'A2', 'A3'], {
      delegates: [delegate('a', 'A1'), delegate('b', 'A2')],
      attendance: [here('a'), here('b')],
      devices: [tablet('a')],
      voters: [{ delegateId: 'b', paper: true }],
      asking: new Set(['b']),
    });
    expect(countSeats(states)).toEqual({ seats: 3, seated: 2, present: 2, online: 1, preloaded: 1, voted: 1, asking: 1 });
  });
});

describe('the states of the last push, kept', () => {
  const hall = ['A1', 'A2', 'A3'];
  const sources: SeatSources = { ...base, delegates: [delegate('a', 'A1'), delegate('b', 'A2')], attendance: [here('a')] };

  it('comes back as the same array when no seat changed (a push that moved nothing)', () => {
    const before = seatStates(hall, sources);
    const after = seatStates(hall, { ...sources, attendance: [here('a')], devices: [tablet('c')] }, before);
    expect(after).toBe(before);
  });

  it('keeps the unchanged seats and makes new ones for those that changed', () => {
    const before = seatStates(hall, sources);
    const after = seatStates(hall, { ...sources, attendance: [here('a'), here('b')] }, before);
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toEqual(state({ delegateId: 'b', present: true }));
    expect(after[2]).toBe(before[2]);
  });

  it('gives the same states as without them, whatever came before', () => {
    const before = seatStates(hall, { ...sources, voters: [{ delegateId: 'a', paper: true }], asking: new Set(['b']) });
    const next: SeatSources = { ...sources, devices: [tablet('b')], voters: [{ delegateId: 'b', paper: false }] };
    expect(seatStates(hall, next, before)).toEqual(seatStates(hall, next));
    // A layout of another size: the old states are not used.
    expect(seatStates(['A1'], next, before)).toEqual(seatStates(['A1'], next));
  });
});

describe('who is asking to speak', () => {
  const speech = (delegateId: string, status: Speech['status']): Speech => ({
    id: `s-${delegateId}-${status}`,
    delegateId,
    name: '',
    seat: '',
    itemId: null,
    kind: 'speech',
    status,
    position: status === 'waiting' ? 0 : null,
    requestedAt: '2026-12-18T08:00:00.000Z',
    requestedBy: 'delegate',
    startedAt: null,
    endedAt: null,
    limitSeconds: null,
  });
  it('is whoever waits in the queue, not who speaks, spoke or withdrew', () => {
    expect([...askingToSpeak([speech('a', 'waiting'), speech('b', 'speaking'), speech('c', 'done'), speech('d', 'withdrawn'), speech('e', 'waiting')])]).toEqual(['a', 'e']);
  });
});
