import { defineHandler, requireDelegate } from '../context.ts';

export default defineHandler('attendance.set', (ctx, { meetingId, delegateId, status }) => {
  requireDelegate(ctx, meetingId, delegateId);
  const record = ctx.store.getAttendance(meetingId, delegateId) ?? { id: delegateId, status: 'absent', checkedInAt: null, checkedOutAt: null };
  const at = ctx.now.toISOString();
  ctx.writer(meetingId).attendance({
    ...record,
    status,
    checkedInAt: status === 'present' ? (record.checkedInAt ?? at) : record.checkedInAt,
    checkedOutAt: status === 'present' ? null : record.status === 'present' ? at : record.checkedOutAt,
  });
  return {};
});
