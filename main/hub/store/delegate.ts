import type { Delegate } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** A meeting's delegates; each one's badge serial is the highest issued (badge.ts writes them, a trigger copies it here). */
export interface DelegateStatements {
  delegates(meetingId: string): Delegate[];
  getDelegate(meetingId: string, id: string): Delegate | null;
  /** Writes the delegate's own fields; `badgeSerial` is derived from the badges issued. */
  putDelegate(meetingId: string, delegate: Delegate): void;
  deleteDelegate(meetingId: string, id: string): void;
}

interface DelegateRow {
  id: string;
  full_name: string;
  title: string;
  organisation: string;
  group_name: string;
  seat: string;
  badge_serial: number;
}

const delegateOf = (r: DelegateRow): Delegate => ({
  id: r.id,
  fullName: r.full_name,
  title: r.title,
  organisation: r.organisation,
  group: r.group_name,
  seat: r.seat,
  badgeSerial: r.badge_serial,
});

// badge_serial is kept on the row by triggers on badges (migration 007): no lookup of each delegate's badges.
const DELEGATE_SELECT = 'SELECT d.* FROM delegates d';

export function delegateStatements({ all, get, run }: StoreSql): DelegateStatements {
  return {
    delegates: (meetingId) =>
      all<DelegateRow>(`${DELEGATE_SELECT} WHERE d.meeting_id = ? ORDER BY d.seat, d.full_name`, meetingId).map(delegateOf),
    getDelegate: (meetingId, id) => {
      const row = get<DelegateRow>(`${DELEGATE_SELECT} WHERE d.meeting_id = ? AND d.id = ?`, meetingId, id);
      return row ? delegateOf(row) : null;
    },
    putDelegate: (meetingId, d) =>
      void run(
        `INSERT INTO delegates (meeting_id, id, full_name, title, organisation, group_name, seat) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET full_name = excluded.full_name, title = excluded.title,
           organisation = excluded.organisation, group_name = excluded.group_name, seat = excluded.seat`,
        meetingId, d.id, d.fullName, d.title, d.organisation, d.group, d.seat,
      ),
    deleteDelegate: (meetingId, id) => void run('DELETE FROM delegates WHERE meeting_id = ? AND id = ?', meetingId, id),
  };
}
