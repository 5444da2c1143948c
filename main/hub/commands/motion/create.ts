import { defineHandler, newId, requireOpenMeeting } from '../context.ts';
import { itemFor } from '../vote-gate.ts';
import { DEFAULT_WORDS, checkChangeable } from './motion.ts';

export default defineHandler('motion.create', (ctx, { meetingId, itemId, words, ...fields }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  checkChangeable(fields.ballot, fields.mayChange);
  const id = newId();
  ctx.writer(meetingId).motion({
    id,
    itemId: itemFor(ctx, meetingId, itemId, meeting.currentItemId),
    ...fields,
    words: words ?? DEFAULT_WORDS,
    status: 'prepared',
    createdAt: ctx.now.toISOString(),
    openedAt: null,
    closesAt: null,
    closedAt: null,
    quorumOverride: null,
    result: null,
  });
  return { motionId: id };
});
