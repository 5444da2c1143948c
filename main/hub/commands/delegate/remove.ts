import { defineHandler, requireDelegate } from '../context.ts';

export default defineHandler('delegate.remove', (ctx, { meetingId, delegateId }) => {
  requireDelegate(ctx, meetingId, delegateId);
  ctx.writer(meetingId).removeDelegate(delegateId);
  return {};
});
