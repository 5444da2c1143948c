import { type Meeting, type MeetingSummary, QuorumRule } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** Meetings and their revision, the number every change raises. */
export interface MeetingStatements {
  /** Every meeting's id and revision, to tell which moved. */
  meetingRevisions(): { id: string; revision: number }[];
  listMeetings(): MeetingSummary[];
  countMeetings(): number;
  getMeeting(id: string): Meeting | null;
  insertMeeting(meeting: Meeting, createdAt: string): void;
  updateMeeting(meeting: Meeting): void;
  revisionOf(meetingId: string): number;
  /** Raises the meeting's revision by one and returns it. */
  bumpRevision(meetingId: string): number;
}

interface MeetingRow {
  id: string;
  title: string;
  date: string;
  place: string;
  status: Meeting['status'];
  current_item_id: string | null;
  current_since: string | null;
  quorum_rule: string;
}

const meetingOf = (r: MeetingRow): Meeting => ({
  id: r.id,
  title: r.title,
  date: r.date,
  place: r.place,
  status: r.status,
  currentItemId: r.current_item_id,
  currentSince: r.current_since,
  quorumRule: QuorumRule.parse(JSON.parse(r.quorum_rule)),
});

export function meetingStatements({ all, get, run }: StoreSql): MeetingStatements {
  return {
    meetingRevisions: () => all<{ id: string; revision: number }>('SELECT id, revision FROM meetings'),
    listMeetings: () =>
      all<MeetingRow>('SELECT * FROM meetings ORDER BY date DESC, created_at DESC').map((r) => {
        const { id, title, date, place, status } = meetingOf(r);
        return { id, title, date, place, status };
      }),
    countMeetings: () => get<{ n: number }>('SELECT count(*) AS n FROM meetings')?.n ?? 0,
    getMeeting: (id) => {
      const row = get<MeetingRow>('SELECT * FROM meetings WHERE id = ?', id);
      return row ? meetingOf(row) : null;
    },
    insertMeeting: (m, createdAt) =>
      void run(
        `INSERT INTO meetings (id, title, date, place, status, current_item_id, current_since, quorum_rule, revision, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
        m.id, m.title, m.date, m.place, m.status, m.currentItemId, m.currentSince, JSON.stringify(m.quorumRule), createdAt,
      ),
    updateMeeting: (m) =>
      void run(
        'UPDATE meetings SET title = ?, date = ?, place = ?, status = ?, current_item_id = ?, current_since = ?, quorum_rule = ? WHERE id = ?',
        m.title, m.date, m.place, m.status, m.currentItemId, m.currentSince, JSON.stringify(m.quorumRule), m.id,
      ),
    revisionOf: (meetingId) => get<{ revision: number }>('SELECT revision FROM meetings WHERE id = ?', meetingId)?.revision ?? 0,
    bumpRevision: (meetingId) => {
      const row = get<{ revision: number }>(
        'UPDATE meetings SET revision = revision + 1 WHERE id = ? RETURNING revision',
        meetingId,
      );
      if (!row) throw new Error(`bumpRevision: no meeting ${meetingId}`);
      return row.revision;
    },
  };
}
