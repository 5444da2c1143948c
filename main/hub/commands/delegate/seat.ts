import type { Store } from '../../store/store.ts';
import { CommandError } from '../context.ts';

/** Two delegates never share a seat: the seat plan and the badges depend on it. */
export function assertSeatFree(store: Store, meetingId: string, seat: string, delegateId: string | null): void {
  if (seat === '') return;
  const holder = store.delegates(meetingId).find((d) => d.seat === seat && d.id !== delegateId);
  if (holder) throw new CommandError('conflict', `Seat ${seat} is already assigned to ${holder.fullName}.`, { reason: 'seat_taken', params: { seat, holder: holder.fullName } });
}
