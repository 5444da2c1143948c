import { describe, expect, it } from 'vitest';
import type { Attendance, Delegate, Meeting, QuorumRule } from '../../../shared/protocol/index.ts';
import { delegatesWithStatus, summariseAttendance } from './attendance.ts';

const delegate = (id: string): Delegate => ({ id, fullName: `Đại biểu ${id}`, title: '', organisation: '', group: '', seat: '', badgeSerial: 1 });
const record = (id: string, status: Attendance['status']): Attendance => ({
  id,
  status,
  checkedInAt: status === 'present' ? '2026-11-23T01:00:00.000Z' : null,
  checkedOutAt: null,
});
const meeting = (quorumRule: QuorumRule): Meeting => ({
  id: 'm',
  title: 'Họp',
  date: '2026-11-23',
  place: '',
  status: 'published',
  currentItemId: null,
  currentSince: null,
  quorumRule,
});

const twelve = Array.from({ length: 12 }, (_, i) => delegate(`d${i + 1}`));

describe('attendance counts', () => {
  it('counts a delegate without a record as absent', () => {
    const summary = summariseAttendance({ meeting: meeting({ kind: 'majority' }), delegates: twelve, attendance: [] });
    expect(summary).toMatchObject({ members: 12, present: 0, absent: 12, excused: 0 });
    expect(summary.statusOf('d1')).toBe('absent');
    expect(summary.quorum).toMatchObject({ required: 7, reached: false, missing: 7 });
  });

  it('counts present, absent and excused; the excused still count as members', () => {
    const attendance = [
      ...['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9'].map((id) => record(id, 'present')),
      record('d10', 'excused'),
      record('d11', 'absent'), // checked out
    ];
    const summary = summariseAttendance({ meeting: meeting({ kind: 'majority' }), delegates: twelve, attendance });
    expect(summary).toMatchObject({ members: 12, present: 9, absent: 2, excused: 1 });
    expect(summary.quorum).toMatchObject({ members: 12, present: 9, required: 7, reached: true, missing: 0 });
    expect(summary.statusOf('d10')).toBe('excused');
    expect(summary.checkedInAt('d1')).toBe('2026-11-23T01:00:00.000Z');
    expect(delegatesWithStatus(twelve, summary, 'absent').map((d) => d.id)).toEqual(['d11', 'd12']);
  });

  it('ignores the record of a delegate no longer on the list', () => {
    const summary = summariseAttendance({
      meeting: meeting({ kind: 'fixed', count: 2 }),
      delegates: twelve.slice(0, 3),
      attendance: [record('d1', 'present'), record('gone', 'present')],
    });
    expect(summary).toMatchObject({ members: 3, present: 1, absent: 2 });
    expect(summary.quorum).toMatchObject({ required: 2, reached: false, missing: 1 });
  });

  it('follows the meeting’s rule (two thirds of 12 is 8)', () => {
    const attendance = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'].map((id) => record(id, 'present'));
    const summary = summariseAttendance({ meeting: meeting({ kind: 'twoThirds' }), delegates: twelve, attendance });
    expect(summary.quorum).toMatchObject({ required: 8, reached: false, missing: 1 });
  });
});
