import type { Migration } from './migration.ts';

/**
 * Running the meeting (issue 15): the speaker queue, the time spent on each agenda item, the speaking-time limits and
 * the announcements. Plain columns, not JSON: the minutes read them as they are.
 *
 * - `speeches`: one row per request to speak, from the request to its end (`kind` speech or point_of_order; `status`
 *   waiting, speaking, done or withdrawn; `position` orders the waiting ones, dense from 0, null otherwise), with the
 *   agenda item current when it was asked, who asked (the delegate, or staff on the delegate's behalf), when the floor
 *   was given and taken back, and the limit in force when it was given.
 * - `agenda_time`: each stretch of time an agenda item was the current one (`ended_at` null for the one running now);
 *   the time spent on an item is the sum of its stretches.
 * - `speaking_limits`: the speaking-time limit of the meeting (`item_id` '') or of one agenda item, in seconds.
 * - `announcements`: what the chair or the secretariat announced; `removed_at` once taken down (kept for the record).
 */
export const migration011: Migration = {
  version: 11,
  name: 'speakers',
  up: `
    CREATE TABLE speeches (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      delegate_id TEXT NOT NULL,
      item_id TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('speech', 'point_of_order')),
      status TEXT NOT NULL CHECK (status IN ('waiting', 'speaking', 'done', 'withdrawn')),
      position INTEGER CHECK ((status = 'waiting') = (position IS NOT NULL)),
      requested_at TEXT NOT NULL,
      requested_by TEXT NOT NULL,
      started_at TEXT,
      ended_at TEXT,
      limit_seconds INTEGER,
      PRIMARY KEY (meeting_id, id)
    ) STRICT;
    CREATE INDEX speeches_by_status ON speeches(meeting_id, status);

    CREATE TABLE agenda_time (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      started_at TEXT NOT NULL,
      ended_at TEXT
    ) STRICT;
    CREATE INDEX agenda_time_by_item ON agenda_time(meeting_id, item_id);

    CREATE TABLE speaking_limits (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      seconds INTEGER NOT NULL CHECK (seconds > 0),
      PRIMARY KEY (meeting_id, item_id)
    ) STRICT;

    CREATE TABLE announcements (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      text TEXT NOT NULL,
      on_projector INTEGER NOT NULL CHECK (on_projector IN (0, 1)),
      posted_at TEXT NOT NULL,
      posted_by TEXT NOT NULL,
      removed_at TEXT,
      PRIMARY KEY (meeting_id, id)
    ) STRICT;
  `,
};
