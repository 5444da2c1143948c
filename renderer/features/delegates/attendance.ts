import { useMemo } from 'react';
import { quorumStatus, type QuorumStatus } from '../../../shared/domain/quorum.ts';
import type { AttendanceStatus, Delegate, MeetingSnapshot } from '../../../shared/protocol/index.ts';

/**
 * Who is in the room, counted the same way on every screen (check-in desk, chair console, projector).
 * Members are the delegates on the list; a delegate without an attendance record is absent; records of
 * delegates no longer on the list are ignored. The quorum comes from shared/domain/quorum.ts.
 */
export interface AttendanceSummary {
  members: number;
  present: number;
  absent: number;
  excused: number;
  quorum: QuorumStatus;
  /** Each delegate's status, absent when there is no record. */
  statusOf(delegateId: string): AttendanceStatus;
  /** When the delegate first checked in, if ever (kept through a check-out). */
  checkedInAt(delegateId: string): string | null;
}

export function summariseAttendance(snapshot: Pick<MeetingSnapshot, 'meeting' | 'delegates' | 'attendance'>): AttendanceSummary {
  const records = new Map(snapshot.attendance.map((a) => [a.id, a]));
  let present = 0;
  let excused = 0;
  for (const delegate of snapshot.delegates) {
    const status = records.get(delegate.id)?.status;
    if (status === 'present') present++;
    else if (status === 'excused') excused++;
  }
  const members = snapshot.delegates.length;
  return {
    members,
    present,
    excused,
    absent: members - present - excused,
    quorum: quorumStatus(snapshot.meeting.quorumRule, members, present),
    statusOf: (id) => records.get(id)?.status ?? 'absent',
    checkedInAt: (id) => records.get(id)?.checkedInAt ?? null,
  };
}

/** The delegates with a given status, in the order given. */
export function delegatesWithStatus(delegates: readonly Delegate[], summary: AttendanceSummary, status: AttendanceStatus): Delegate[] {
  return delegates.filter((d) => summary.statusOf(d.id) === status);
}

export function useAttendance(snapshot: MeetingSnapshot): AttendanceSummary {
  const { meeting, delegates, attendance } = snapshot;
  return useMemo(() => summariseAttendance({ meeting, delegates, attendance }), [meeting, delegates, attendance]);
}
