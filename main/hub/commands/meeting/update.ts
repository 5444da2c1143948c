import { defineHandler, requireOpenMeeting } from '../context.ts';

export default defineHandler('meeting.update', (ctx, { meetingId, title, date, place, quorumRule }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  ctx.writer(meetingId).meeting({
    ...meeting,
    title: title ?? meeting.title,
    date: date ?? meeting.date,
    place: place ?? meeting.place,
    quorumRule: quorumRule ?? meeting.quorumRule,
  });
  return {};
});
