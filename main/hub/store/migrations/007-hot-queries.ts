import type { Migration } from './migration.ts';

/**
 * What a congress's 1,500 tablets ask for at once (signing in, opening the meeting, checking in, going offline),
 * answered without a lookup per row or a scan of a whole table.
 */
export const migration007: Migration = {
  version: 7,
  name: 'hot-queries',
  up: `
    -- A delegate's badge serial (the highest issued, 0 before the first), kept on the delegate's row by the triggers
    -- below: reading a meeting's delegates, or one of them, no longer looks up the badges of each.
    ALTER TABLE delegates ADD COLUMN badge_serial INTEGER NOT NULL DEFAULT 0;
    UPDATE delegates SET badge_serial = coalesce(
      (SELECT max(serial) FROM badges b WHERE b.meeting_id = delegates.meeting_id AND b.delegate_id = delegates.id), 0);
    CREATE TRIGGER badges_raise_serial AFTER INSERT ON badges BEGIN
      UPDATE delegates SET badge_serial = NEW.serial
        WHERE meeting_id = NEW.meeting_id AND id = NEW.delegate_id AND badge_serial < NEW.serial;
    END;
    -- A removed delegate's badges stay: one listed again under the same id has the serial they had.
    CREATE TRIGGER delegates_take_serial AFTER INSERT ON delegates
      WHEN EXISTS (SELECT 1 FROM badges WHERE meeting_id = NEW.meeting_id AND delegate_id = NEW.id) BEGIN
      UPDATE delegates SET badge_serial = (SELECT max(serial) FROM badges WHERE meeting_id = NEW.meeting_id AND delegate_id = NEW.id)
        WHERE meeting_id = NEW.meeting_id AND id = NEW.id;
    END;

    -- The meetings a device reported a preload of, read when its last connection closes (a hall's network dropping
    -- ends 1,500 at once): was a scan of every report.
    CREATE INDEX preload_reports_by_device ON preload_reports(device_id);

    -- Who is present, counted for the quorum at every check-in and every tablet's meeting.open: only the rows
    -- counted are read, from the index alone.
    CREATE INDEX attendance_by_status ON attendance(meeting_id, status, delegate_id);
  `,
};
