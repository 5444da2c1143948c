import { describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../protocol/model.ts';
import { applyChanges } from './changes.ts';

const base: MeetingSnapshot = {
  revision: 4,
  meeting: { id: 'm', title: 'Họp', date: '2026-11-23', place: '', status: 'draft', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } },
  agendaItems: [{ id: 'a', parentId: null, position: 0, title: 'Khai mạc', description: '', durationMinutes: null }],
  documents: [],
  delegates: [{ id: 'd', fullName: 'Nguyễn Văn An', title: '', organisation: '', group: '', seat: 'A1', badgeSerial: 0 }],
  attendance: [],
  quorum: { rule: { kind: 'majority' }, members: 1, present: 0, required: 1, missing: 1, reached: false },
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

  it('ignores the deletion of something it never had', () => {
    expect(applyChanges(base, 5, [{ collection: 'document', id: 'x', value: null }]).documents).toEqual([]);
  });
});
