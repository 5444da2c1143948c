import { z } from 'zod';
import { Id, IsoDateTime } from './primitives.ts';

export const AttendanceStatus = z.enum(['present', 'absent', 'excused']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** A delegate's attendance; `id` is the delegate's id. A delegate without a record is absent. */
export const Attendance = z
  .object({
    id: Id,
    status: AttendanceStatus,
    /** First check-in of the meeting; kept through a check-out so the desk can say "already checked in at". */
    checkedInAt: IsoDateTime.nullable(),
    checkedOutAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Attendance' });
export type Attendance = z.infer<typeof Attendance>;
