import { z } from 'zod';
import { AttendanceStatus, Id } from '../model.ts';
import { command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/** Attendance set by hand. */

export const ATTENDANCE_COMMANDS = {
  'attendance.set': command({
    summary: 'Set a delegate present, absent or excused by hand (an excused delegate still counts as a member for the quorum).',
    roles: ['secretariat', 'chair'],
    input: z.object({ ...meetingRef, delegateId: Id, status: AttendanceStatus }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
