import { defineHandler } from '../context.ts';

export default defineHandler('meeting.close', (ctx, { meetingId }) => {
  ctx.afterCommit(() => ctx.connection.unfollow(meetingId));
  return {};
});
