import { z } from 'zod';
import { HALL_LIMITS } from '../hall-limits.ts';
import { Id } from '../model.ts';
import { EDITORS, RUNNERS, command, nothing, text, type CommandSpec } from './spec.ts';

/** The room's seat layout, laid out once by the secretariat and drawn as the seat map (shared/domain/hall.ts). */

/** A seat's label: the same string as a delegate's `seat`; `null` is a gap (an aisle, a pillar). */
const SeatLabel = z.string().trim().min(1, 'a seat needs a label; use null for a gap').max(HALL_LIMITS.label);

export const HallLayout = z
  .object({
    /** Side by side, left to right as the chair sees the hall. */
    blocks: z
      .array(
        z.object({
          name: text(HALL_LIMITS.blockName),
          /** From the front. */
          rows: z
            .array(z.object({ name: text(HALL_LIMITS.rowName), seats: z.array(SeatLabel.nullable()).max(HALL_LIMITS.seatsPerRow) }).strict())
            .max(HALL_LIMITS.rowsPerBlock),
        }).strict(),
      )
      .max(HALL_LIMITS.blocks),
  })
  .strict()
  .meta({ id: 'HallLayout' });
export type HallLayoutInput = z.infer<typeof HallLayout>;

export const HALL_COMMANDS = {
  'hall.get': command({
    summary:
      "The hall's seat layout (one per hub: the room it serves), or null before the secretariat lays it out. A seat is found by its label, which is a delegate's `seat` in each meeting.",
    roles: RUNNERS,
    input: nothing,
    result: z.object({ layout: HallLayout.nullable(), updatedAt: z.iso.datetime({ offset: true }).nullable() }),
  }),
  'hall.set': command({
    summary:
      'Replace the hall\'s seat layout (drawn in the grid editor). Refused with `bad_request` when it has no seat (`hall_empty`), more than 3,000 (`hall_too_many_seats`), or a label twice (`hall_seat_twice`).',
    roles: EDITORS,
    input: z.object({ layout: HallLayout }).strict(),
    result: nothing,
  }),
  'hall.fromSeats': command({
    summary:
      "Lay the hall out from a meeting's delegate list, and save it: labels with a row (\"A12\", \"B-03\", \"T1-A12\") go to their block and row, seat N in column N; bare numbers (\"12\") fill rows of `seatsPerRow` (by default as many as make the hall about twice as wide as deep: 50 for 1,500); a label read as neither goes to a block \"?\" at the back and is listed in `unreadable`. A list without seats is `conflict` (`hall_no_seats`).",
    roles: EDITORS,
    input: z.object({ meetingId: Id, seatsPerRow: z.number().int().min(1).max(HALL_LIMITS.seatsPerRow).optional() }).strict(),
    result: z.object({ layout: HallLayout, unreadable: z.array(z.string()) }),
  }),
} as const satisfies Record<string, CommandSpec>;
