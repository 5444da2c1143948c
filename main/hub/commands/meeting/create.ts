import type { Meeting } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler, newId } from '../context.ts';

export default defineHandler('meeting.create', (ctx, { id, title, date, place }) => {
  const meetingId = id ?? newId();
  if (ctx.store.getMeeting(meetingId)) throw new CommandError('conflict', `A meeting with id "${meetingId}" already exists.`);
  const meeting: Meeting = {
    id: meetingId,
    title,
    date,
    place,
    status: 'draft',
    currentItemId: null,
    currentSince: null,
    quorumRule: { kind: 'majority' },
  };
  ctx.store.insertMeeting(meeting, ctx.now.toISOString());
  ctx.writer(meetingId).meeting(meeting);
  return { meetingId };
});
