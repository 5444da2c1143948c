import { CommandError, defineHandler, requireDelegate } from '../context.ts';

export default defineHandler('checkin.checkout', (ctx, { meetingId, delegateId }) => {
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  const record = ctx.store.getAttendance(meetingId, delegateId);
  if (record?.status !== 'present') throw new CommandError('conflict', `${delegate.fullName} is not checked in.`, { reason: 'not_checked_in', params: { name: delegate.fullName } });
  ctx.writer(meetingId).attendance({ ...record, status: 'absent', checkedOutAt: ctx.now.toISOString() });
  return {};
});
