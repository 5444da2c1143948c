import type { Handler } from '../context.ts';
import attendanceSet from './set.ts';

/** The attendance domain's handlers, one per command declared in shared/protocol/commands/attendance.ts. */
export const ATTENDANCE_HANDLERS = [attendanceSet] as Handler[];
