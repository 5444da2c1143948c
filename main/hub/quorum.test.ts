import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingQuorum } from '../../shared/domain/quorum.ts';
import type { Delegate } from '../../shared/protocol/index.ts';
import { quorumChange, quorumNow } from './quorum.ts';
import { openStore, type Store } from './store/store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-quorum-'));
  dirs.push(dir);
  const s = openStore(join(dir, 'roundtable.db'));
  s.insertMeeting({ id: 'm', title: 'Phiên họp', date: '2026-12-06', place: '', status: 'draft', currentItemId: null, currentSince: null, quorumRule: { kind: 'twoThirds' } }, new Date().toISOString());
  return s;
}

const delegate = (id: string, seat: string): Delegate => ({ id, fullName: `Đại biểu ${id}`, title: '', organisation: '', group: '', seat, badgeSerial: 0 });
const attendance = (id: string, status: 'present' | 'absent' | 'excused') => ({ id, status, checkedInAt: null, checkedOutAt: null });

describe('the quorum counted in the store', () => {
  it('is the quorum of the snapshot: listed delegates only, present ones only', () => {
    const s = store();
    expect(quorumNow(s, 'm')).toEqual({ rule: { kind: 'twoThirds' }, members: 0, present: 0, required: 0, missing: 0, reached: false });
    for (const [id, seat] of [['a', 'A1'], ['b', 'A2'], ['c', 'A3'], ['d', 'A4']] as const) s.putDelegate('m', delegate(id, seat));
    s.putAttendance('m', attendance('a', 'present'));
    s.putAttendance('m', attendance('b', 'excused'));
    s.putAttendance('m', attendance('c', 'present'));
    s.putAttendance('m', attendance('gone', 'present'));
    const snapshot = s.snapshot('m')!;
    expect(quorumNow(s, 'm')).toEqual(meetingQuorum(snapshot.meeting.quorumRule, snapshot.delegates, snapshot.attendance));
    expect(quorumNow(s, 'm')).toMatchObject({ members: 4, present: 2, required: 3, missing: 1, reached: false });
    expect(quorumNow(s, 'nope')).toBeNull();
  });

  it('is a change only when it moved', () => {
    const s = store();
    s.putDelegate('m', delegate('a', 'A1'));
    const before = quorumNow(s, 'm');
    expect(quorumChange(s, 'm', before)).toBeNull();
    s.putAttendance('m', attendance('a', 'present'));
    expect(quorumChange(s, 'm', before)).toEqual({ collection: 'quorum', id: 'm', value: expect.objectContaining({ present: 1, reached: true }) });
  });
});
