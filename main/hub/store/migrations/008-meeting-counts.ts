import type { Migration } from './migration.ts';

/**
 * The quorum's counts (delegates on the list, and those of them present) kept per meeting by triggers, so that a
 * check-in reads two numbers instead of counting 1,500 rows twice (before and after it). Triggers, not the hub's code,
 * so the counts stay right whoever writes (the CLI, a pack import). An attendance row counts only while its delegate is
 * on the list, as the quorum has always counted.
 */
export const migration008: Migration = {
  version: 8,
  name: 'meeting-counts',
  up: `
    CREATE TABLE meeting_counts (
      meeting_id TEXT PRIMARY KEY,
      members INTEGER NOT NULL DEFAULT 0,
      present INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    INSERT INTO meeting_counts (meeting_id, members, present)
      SELECT m.id,
        (SELECT COUNT(*) FROM delegates d WHERE d.meeting_id = m.id),
        (SELECT COUNT(*) FROM attendance a JOIN delegates d ON d.meeting_id = a.meeting_id AND d.id = a.delegate_id
          WHERE a.meeting_id = m.id AND a.status = 'present')
      FROM meetings m;

    CREATE TRIGGER counts_meeting_gone AFTER DELETE ON meetings BEGIN
      DELETE FROM meeting_counts WHERE meeting_id = OLD.id;
    END;

    CREATE TRIGGER counts_delegate_listed AFTER INSERT ON delegates BEGIN
      INSERT INTO meeting_counts (meeting_id) VALUES (NEW.meeting_id) ON CONFLICT DO NOTHING;
      UPDATE meeting_counts SET members = members + 1,
        present = present + (SELECT COUNT(*) FROM attendance WHERE meeting_id = NEW.meeting_id AND delegate_id = NEW.id AND status = 'present')
        WHERE meeting_id = NEW.meeting_id;
    END;
    CREATE TRIGGER counts_delegate_removed AFTER DELETE ON delegates BEGIN
      UPDATE meeting_counts SET members = members - 1,
        present = present - (SELECT COUNT(*) FROM attendance WHERE meeting_id = OLD.meeting_id AND delegate_id = OLD.id AND status = 'present')
        WHERE meeting_id = OLD.meeting_id;
    END;

    CREATE TRIGGER counts_attendance_added AFTER INSERT ON attendance
      WHEN NEW.status = 'present' AND EXISTS (SELECT 1 FROM delegates WHERE meeting_id = NEW.meeting_id AND id = NEW.delegate_id) BEGIN
      UPDATE meeting_counts SET present = present + 1 WHERE meeting_id = NEW.meeting_id;
    END;
    CREATE TRIGGER counts_attendance_removed AFTER DELETE ON attendance
      WHEN OLD.status = 'present' AND EXISTS (SELECT 1 FROM delegates WHERE meeting_id = OLD.meeting_id AND id = OLD.delegate_id) BEGIN
      UPDATE meeting_counts SET present = present - 1 WHERE meeting_id = OLD.meeting_id;
    END;
    CREATE TRIGGER counts_attendance_changed AFTER UPDATE OF status, meeting_id, delegate_id ON attendance BEGIN
      UPDATE meeting_counts SET present = present - 1
        WHERE meeting_id = OLD.meeting_id AND OLD.status = 'present'
          AND EXISTS (SELECT 1 FROM delegates WHERE meeting_id = OLD.meeting_id AND id = OLD.delegate_id);
      UPDATE meeting_counts SET present = present + 1
        WHERE meeting_id = NEW.meeting_id AND NEW.status = 'present'
          AND EXISTS (SELECT 1 FROM delegates WHERE meeting_id = NEW.meeting_id AND id = NEW.delegate_id);
    END;
  `,
};
