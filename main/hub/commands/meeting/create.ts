import { meetingIdFromDate } from '../../../../shared/domain/meeting-id.ts';
import type { Meeting } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('meeting.create', (ctx, { id, title, date, place }) => {
  // Without an id, one people can read and type into a screen's address: the meeting's date.
  const meetingId = id ?? meetingIdFromDate(date, (taken) => ctx.store.getMeeting(taken) !== null);
  if (ctx.store.getMeeting(meetingId)) {
    throw new CommandError('conflict', `A meeting with id "${meetingId}" already exists.`, { reason: 'meeting_exists', params: { meetingId } });
  }
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
