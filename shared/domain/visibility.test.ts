import { describe, expect, it } from 'vitest';
import type { Change, MeetingSnapshot } from '../protocol/model.ts';
import type { Reader } from './access.ts';
import { audienceKey, seesDelegateList, visibleChanges, visibleSnapshot } from './visibility.ts';

const delegate = (id: string, group: string) => ({ id, fullName: id, title: '', organisation: '', group, seat: '', badgeSerial: 1 });
const attendance = (id: string) => ({ id, status: 'present' as const, checkedInAt: '2026-11-23T07:00:00.000Z', checkedOutAt: null });
const changes: Change[] = [
  { collection: 'delegate', id: 'an', value: delegate('an', 'A') },
  { collection: 'attendance', id: 'an', value: attendance('an') },
  { collection: 'attendance', id: 'binh', value: attendance('binh') },
  { collection: 'quorum', id: 'm', value: { rule: { kind: 'majority' }, members: 2, present: 2, required: 2, missing: 0, reached: true } },
];
const kept = (reader: Reader) => visibleChanges(reader, changes).map((c) => `${c.collection}/${c.id}`);

describe('who sees the delegate list and attendance', () => {
  it.each<[string, Reader, string[]]>([
    ['the secretariat: everything', { role: 'secretariat' }, ['delegate/an', 'attendance/an', 'attendance/binh', 'quorum/m']],
    ['the chair: everything', { role: 'chair' }, ['delegate/an', 'attendance/an', 'attendance/binh', 'quorum/m']],
    ['a check-in desk: everything', { role: 'checkin' }, ['delegate/an', 'attendance/an', 'attendance/binh', 'quorum/m']],
    ['the projector: everything', { role: 'projector' }, ['delegate/an', 'attendance/an', 'attendance/binh', 'quorum/m']],
    ['delegate An: her own record and the quorum', { role: 'delegate', group: 'A', delegateId: 'an' }, ['delegate/an', 'attendance/an', 'quorum/m']],
    ['delegate Bình: his own attendance and the quorum', { role: 'delegate', group: 'A', delegateId: 'binh' }, ['attendance/binh', 'quorum/m']],
    ['a group as a whole (its room): the quorum only', { role: 'delegate', group: 'A' }, ['quorum/m']],
    ['a guest: the quorum only', { role: 'guest' }, ['quorum/m']],
  ])('%s', (_, reader, expected) => {
    expect(kept(reader)).toEqual(expected);
  });

  it('cuts a tablet snapshot to its own delegate', () => {
    const presentation = { id: 'm', documentId: null, page: null, access: null, hidden: false, since: null };
    const snapshot = { documents: [], delegates: [delegate('an', 'A'), delegate('binh', 'B')], attendance: [attendance('an'), attendance('binh')], presentation } as unknown as MeetingSnapshot;
    expect(visibleSnapshot({ role: 'delegate', group: 'B', delegateId: 'binh' }, snapshot)).toMatchObject({ delegates: [{ id: 'binh' }], attendance: [{ id: 'binh' }] });
    expect(visibleSnapshot({ role: 'guest' }, snapshot)).toMatchObject({ delegates: [], attendance: [] });
    expect(visibleSnapshot({ role: 'chair' }, snapshot).delegates).toHaveLength(2);
    expect(seesDelegateList({ role: 'delegate', group: 'A', delegateId: 'an' })).toBe(false);
  });

  it.each<[Reader, string]>([
    [{ role: 'delegate', group: 'A', delegateId: 'an' }, 'delegate|A'],
    [{ role: 'delegate', group: 'A', delegateId: 'binh' }, 'delegate|A'],
    [{ role: 'delegate', group: null, delegateId: 'c' }, 'delegate|'],
    [{ role: 'chair' }, 'chair'],
    [{ role: 'guest' }, 'guest'],
  ])('puts %o in the audience %s', (reader, key) => {
    expect(audienceKey(reader)).toBe(key);
  });
});
