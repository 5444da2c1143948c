import { describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../protocol/model.ts';
import type { Change } from '../protocol/model.ts';
import { applyChanges, mergeChanges } from './changes.ts';

const base: MeetingSnapshot = {
  revision: 4,
  meeting: { id: 'm', title: 'Họp', date: '2026-11-23', place: '', status: 'draft', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } },
  agendaItems: [{ id: 'a', parentId: null, position: 0, title: 'Khai mạc', description: '', durationMinutes: null }],
  documents: [],
  delegates: [{ id: 'd', fullName: 'Nguyễn Văn An', title: '', organisation: '', group: '', seat: 'A1', badgeSerial: 0 }],
  attendance: [],
  quorum: { rule: { kind: 'majority' }, members: 1, present: 0, required: 1, missing: 1, reached: false },
  motions: [],
  elections: [],
  ballotCounts: [],
  speeches: [],
  itemTimes: [],
  speakingLimits: { id: 'm', meetingSeconds: null, items: {} },
  announcements: [],
  presentation: { id: 'm', documentId: null, page: null, access: null, hidden: false, since: null },
};

describe('applying changes', () => {
  it('writes, replaces and deletes entities and takes the revision', () => {
    const next = applyChanges(base, 5, [
      { collection: 'meeting', id: 'm', value: { ...base.meeting, currentItemId: 'a', currentSince: '2026-11-23T08:00:00.000Z' } },
      { collection: 'agendaItem', id: 'a', value: { ...base.agendaItems[0]!, title: 'Khai mạc hội nghị' } },
      { collection: 'agendaItem', id: 'b', value: { id: 'b', parentId: null, position: 1, title: 'Bế mạc', description: '', durationMinutes: 5 } },
      { collection: 'delegate', id: 'd', value: null },
    ]);
    expect(next.revision).toBe(5);
    expect(next.meeting.currentItemId).toBe('a');
    expect(next.agendaItems.map((i) => i.title).sort()).toEqual(['Bế mạc', 'Khai mạc hội nghị']);
    expect(next.delegates).toEqual([]);
  });

  it('leaves the snapshot it was given untouched', () => {
    const copy = structuredClone(base);
    applyChanges(base, 5, [{ collection: 'delegate', id: 'd', value: null }]);
    expect(base).toEqual(copy);
  });

  it('applies motions, elections and ballot counts like any collection', () => {
    const words = { vi: { yes: 'Tán thành', no: 'Không tán thành', abstain: 'Không biểu quyết' }, en: { yes: 'Yes', no: 'No', abstain: 'Abstain' } };
    const motion: MeetingSnapshot['motions'][number] = {
      id: 'v', itemId: 'a', title: 'Thông qua chương trình', text: '', ballot: 'secret', rule: 'halfOfConvened', words, mayChange: false,
      durationSeconds: null, minimumSeconds: null, status: 'open', createdAt: '2026-11-23T08:00:00.000Z', openedAt: '2026-11-23T08:01:00.000Z',
      closesAt: null, closedAt: null, quorumOverride: null, result: null,
    };
    const opened = applyChanges(base, 5, [
      { collection: 'motion', id: 'v', value: motion },
      { collection: 'ballotCount', id: 'v', value: { id: 'v', round: null, voted: 1 } },
    ]);
    const next = applyChanges(opened, 6, [{ collection: 'ballotCount', id: 'v', value: { id: 'v', round: null, voted: 2 } }]);
    expect(next.motions).toEqual([motion]);
    expect(next.ballotCounts).toEqual([{ id: 'v', round: null, voted: 2 }]);
    expect(applyChanges(next, 7, [{ collection: 'motion', id: 'v', value: null }]).motions).toEqual([]);
  });

  it('ignores the deletion of something it never had', () => {
    expect(applyChanges(base, 5, [{ collection: 'document', id: 'x', value: null }]).documents).toEqual([]);
  });
});

const present = (id: string, status: 'present' | 'absent' = 'present'): Change => ({
  collection: 'attendance',
  id,
  value: { id, status, checkedInAt: '2026-11-23T07:00:00.000Z', checkedOutAt: null },
});
const item = (id: string, title: string): Change => ({ collection: 'agendaItem', id, value: { id, parentId: null, position: 0, title, description: '', durationMinutes: null } });
const quorum = (present: number): Change => ({ collection: 'quorum', id: 'm', value: { ...base.quorum, present } });

describe('merging the changes of consecutive revisions', () => {
  // Each row: the revisions in order; what is merged ends in the same state as applying them one by one.
  it.each<[string, Change[][]]>([
    ['check-ins of different delegates', [[present('d1'), quorum(1)], [present('d2'), quorum(2)], [present('d3'), quorum(3)]]],
    ['one delegate in, out and in again', [[present('d'), quorum(1)], [present('d', 'absent'), quorum(0)], [present('d'), quorum(1)]]],
    ['an item written, then deleted', [[item('b', 'Bế mạc')], [{ collection: 'agendaItem', id: 'b', value: null }]]],
    ['an item deleted, then written again', [[{ collection: 'agendaItem', id: 'a', value: null }], [item('a', 'Khai mạc lại')]]],
    ['the existing item renamed twice', [[item('a', 'Một')], [item('a', 'Hai')]]],
    ['nothing', [[], []]],
  ])('%s', (_, revisions) => {
    const oneByOne = revisions.reduce((state, changes, i) => applyChanges(state, base.revision + 1 + i, changes), base);
    const merged = [...revisions.reduce((into, changes) => mergeChanges(into, changes), new Map<string, Change>()).values()];
    const atOnce = applyChanges(base, base.revision + revisions.length, merged);
    const sorted = (s: MeetingSnapshot) => ({ ...s, agendaItems: [...s.agendaItems].sort((a, b) => a.id.localeCompare(b.id)), attendance: [...s.attendance].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(sorted(atOnce)).toEqual(sorted(oneByOne));
    // Each entity once, the quorum included.
    expect(new Set(merged.map((c) => `${c.collection}/${c.id}`)).size).toBe(merged.length);
  });

  it('keeps each entity where it first changed, with its last value', () => {
    const merged = mergeChanges(new Map(), [present('d1'), quorum(1), present('d2'), quorum(2), present('d1', 'absent'), quorum(1)]);
    expect([...merged.values()]).toEqual([present('d1', 'absent'), quorum(1), present('d2')]);
  });

  it('applies a large push in one pass: an entry replaced keeps its place', () => {
    const many = Array.from({ length: 2000 }, (_, i) => present(`d${i}`));
    const state = applyChanges(base, 5, many);
    expect(state.attendance).toHaveLength(2000);
    const again = applyChanges(state, 6, [present('d10', 'absent')]);
    expect(again.attendance[10]).toMatchObject({ id: 'd10', status: 'absent' });
  });
});

