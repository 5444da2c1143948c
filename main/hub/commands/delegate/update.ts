import { defineHandler, requireDelegate } from '../context.ts';
import { assertSeatFree } from './seat.ts';

export default defineHandler('delegate.update', (ctx, { meetingId, delegateId, ...fields }) => {
  const delegate = requireDelegate(ctx, meetingId, delegateId);
  const next = {
    ...delegate,
    fullName: (fields.fullName ?? delegate.fullName).normalize('NFC'),
    title: fields.title ?? delegate.title,
    organisation: fields.organisation ?? delegate.organisation,
    group: fields.group ?? delegate.group,
    seat: fields.seat ?? delegate.seat,
  };
  assertSeatFree(ctx.store, meetingId, next.seat, delegateId);
  ctx.writer(meetingId).delegate(next);
  return {};
});
