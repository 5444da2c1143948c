import type { Handler } from '../context.ts';
import hallGet from './get.ts';
import hallSet from './set.ts';
import hallFromSeats from './from-seats.ts';

/** The hall domain's handlers, one per command declared in shared/protocol/commands/hall.ts. */
export const HALL_HANDLERS = [hallGet, hallSet, hallFromSeats] as Handler[];
