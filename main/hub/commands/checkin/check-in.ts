import type { CommandResult } from '../../../../shared/protocol/index.ts';
import { type CommandContext, requireDelegate } from '../context.ts';

/** Marks a delegate present; a second check-in is not an error but says since when they are here. */
export function checkIn(ctx: CommandContext, meetingId: string, delegateId: string): CommandResult<'checkin.scan'> {
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  const record = ctx.store.getAttendance(meetingId, delegateId);
  const base = { delegateId, fullName: delegate.fullName, seat: delegate.seat, organisation: delegate.organisation };
  if (record?.status === 'present' && record.checkedInAt) {
    return { ...base, outcome: 'already_present', at: record.checkedInAt };
  }
  const at = ctx.now.toISOString();
  ctx.writer(meetingId).attendance({ id: delegateId, status: 'present', checkedInAt: at, checkedOutAt: null });
  return { ...base, outcome: 'checked_in', at };
}
