import type { Migration } from './migration.ts';

/**
 * The hall's seat layout (issue 15: the seat map): one per hub, since a hub serves one room and the secretariat lays
 * the room out once. Kept whole as JSON (blocks, rows, seats; shared/domain/hall.ts): it is read and replaced whole,
 * never queried inside; a seat is tied to a delegate by its label, the delegate's own `seat` in each meeting.
 */
export const migration012: Migration = {
  version: 12,
  name: 'hall',
  up: `
    CREATE TABLE hall (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      layout TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
