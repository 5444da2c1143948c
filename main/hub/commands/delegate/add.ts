import { defineHandler, newId, requireOpenMeeting } from '../context.ts';
import { assertSeatFree } from './seat.ts';

export default defineHandler('delegate.add', (ctx, { meetingId, ...fields }) => {
  requireOpenMeeting(ctx, meetingId);
  assertSeatFree(ctx.store, meetingId, fields.seat, null);
  const delegate = { id: newId(), ...fields, fullName: fields.fullName.normalize('NFC'), badgeSerial: 0 };
  ctx.writer(meetingId).delegate(delegate);
  return { delegateId: delegate.id };
});
