import type { HallLayout } from '../../../shared/domain/hall.ts';

/** The layout with one seat renamed (`to` a label) or removed (`to` null: a gap). Pure; the hub checks the result. */
export function editSeat(layout: HallLayout, label: string, to: string | null): HallLayout {
  return {
    blocks: layout.blocks.map((block) => ({
      ...block,
      rows: block.rows.map((row) => ({ ...row, seats: row.seats.map((seat) => (seat !== null && seat.trim() === label.trim() ? to : seat)) })),
    })),
  };
}
