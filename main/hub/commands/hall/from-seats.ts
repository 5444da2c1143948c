import { layoutFromSeats } from '../../../../shared/domain/hall.ts';
import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { saveLayout } from './save.ts';

export default defineHandler('hall.fromSeats', (ctx, { meetingId, seatsPerRow }) => {
  requireMeeting(ctx, meetingId);
  const seats = ctx.store.delegates(meetingId).map((d) => d.seat).filter((s) => s !== '');
  if (seats.length === 0) throw new CommandError('conflict', 'No delegate of the meeting has a seat.', { reason: 'hall_no_seats' });
  const { layout, unreadable } = layoutFromSeats(seats, seatsPerRow);
  saveLayout(ctx, layout);
  return { layout, unreadable };
});
