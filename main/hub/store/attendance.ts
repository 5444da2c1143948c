import type { Attendance } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** Who is present, absent or excused at a meeting, one row a delegate once the desk or the secretariat set it. */
export interface AttendanceStatements {
  attendance(meetingId: string): Attendance[];
  getAttendance(meetingId: string, delegateId: string): Attendance | null;
  putAttendance(meetingId: string, attendance: Attendance): void;
  deleteAttendance(meetingId: string, delegateId: string): void;
  /** The delegates on the list, and how many of them are present: what the quorum counts, in one indexed query. */
  attendanceCounts(meetingId: string): { members: number; present: number };
}

interface AttendanceRow {
  delegate_id: string;
  status: Attendance['status'];
  checked_in_at: string | null;
  checked_out_at: string | null;
}

const attendanceOf = (r: AttendanceRow): Attendance => ({
  id: r.delegate_id,
  status: r.status,
  checkedInAt: r.checked_in_at,
  checkedOutAt: r.checked_out_at,
});

export function attendanceStatements({ all, get, run }: StoreSql): AttendanceStatements {
  return {
    attendance: (meetingId) =>
      all<AttendanceRow>('SELECT * FROM attendance WHERE meeting_id = ? ORDER BY delegate_id', meetingId).map(attendanceOf),
    getAttendance: (meetingId, delegateId) => {
      const row = get<AttendanceRow>('SELECT * FROM attendance WHERE meeting_id = ? AND delegate_id = ?', meetingId, delegateId);
      return row ? attendanceOf(row) : null;
    },
    putAttendance: (meetingId, a) =>
      void run(
        `INSERT INTO attendance (meeting_id, delegate_id, status, checked_in_at, checked_out_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, delegate_id) DO UPDATE SET status = excluded.status, checked_in_at = excluded.checked_in_at,
           checked_out_at = excluded.checked_out_at`,
        meetingId, a.id, a.status, a.checkedInAt, a.checkedOutAt,
      ),
    deleteAttendance: (meetingId, delegateId) =>
      void run('DELETE FROM attendance WHERE meeting_id = ? AND delegate_id = ?', meetingId, delegateId),
    // Kept by triggers (migration 8): two numbers read, whatever the size of the list.
    attendanceCounts: (meetingId) =>
      get<{ members: number; present: number }>('SELECT members, present FROM meeting_counts WHERE meeting_id = ?', meetingId) ?? { members: 0, present: 0 },
  };
}
