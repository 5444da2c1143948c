import { checkLayout, seatLabels, type HallLayout } from '../../../../shared/domain/hall.ts';
import { CommandError, type CommandContext } from '../context.ts';

/**
 * Saves a layout the rules accept (shared/domain/hall.ts), labels trimmed, and pushes it to the chair and the secretariat;
 * refuses the first problem with its reason.
 * The schema has refused already what it can see alone (lengths, counts per block and row, a blank label).
 */
export function saveLayout(ctx: CommandContext, layout: HallLayout): void {
  const problem = checkLayout(layout)[0];
  if (problem?.code === 'empty') throw new CommandError('bad_request', 'The hall layout has no seat.', { reason: 'hall_empty' });
  if (problem?.code === 'too_many_seats') {
    throw new CommandError('bad_request', `The hall layout has ${problem.seats} seats, more than ${problem.max}.`, {
      reason: 'hall_too_many_seats',
      params: { seats: problem.seats, max: problem.max },
    });
  }
  if (problem?.code === 'seat_twice') {
    throw new CommandError('bad_request', `Seat ${problem.label} is in the hall layout twice.`, { reason: 'hall_seat_twice', params: { seat: problem.label } });
  }
  if (problem) throw new CommandError('bad_request', `The hall layout is refused (${problem.code}).`);
  const updatedAt = ctx.now.toISOString();
  ctx.store.setHall(layout, updatedAt);
  // Other screens' seat maps redraw once the layout is saved for good.
  ctx.afterCommit(() => ctx.services.pushHall(layout, updatedAt));
  ctx.logger.info({ seats: seatLabels(layout).length, blocks: layout.blocks.length }, 'hall laid out');
}
