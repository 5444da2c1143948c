import type { Announcement, ItemTime, SpeakingLimits, Speech } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/**
 * Running the meeting (issue 15, migration 011): the speaker queue, the time spent on each agenda item, the
 * speaking-time limits and the announcements. The minutes read these tables as they are.
 */
export interface SpeakerStatements {
  /** Every request to speak of the meeting, in the order they were made. */
  speeches(meetingId: string): Speech[];
  getSpeech(meetingId: string, speechId: string): Speech | null;
  /** Writes a speech's own fields (name and seat are read from the delegate list). */
  putSpeech(meetingId: string, speech: Speech): void;

  /** The time spent on every item that has been current. */
  itemTimes(meetingId: string): ItemTime[];
  getItemTime(meetingId: string, itemId: string): ItemTime | null;
  /** Ends the stretch running now (if any) at `at`; answers the item it was for. */
  endItemStretch(meetingId: string, at: string): string | null;
  startItemStretch(meetingId: string, itemId: string, at: string): void;

  speakingLimits(meetingId: string): SpeakingLimits;
  /** `itemId` null: the meeting's limit; `seconds` null: none. */
  setSpeakingLimit(meetingId: string, itemId: string | null, seconds: number | null): void;

  /** The announcements up now, oldest first. */
  announcements(meetingId: string): Announcement[];
  getAnnouncement(meetingId: string, id: string): Announcement | null;
  putAnnouncement(meetingId: string, announcement: Announcement): void;
  removeAnnouncement(meetingId: string, id: string, at: string): void;
}

interface SpeechRow {
  id: string;
  delegate_id: string;
  full_name: string | null;
  seat: string | null;
  item_id: string | null;
  kind: 'speech' | 'point_of_order';
  status: Speech['status'];
  position: number | null;
  requested_at: string;
  requested_by: Speech['requestedBy'];
  started_at: string | null;
  ended_at: string | null;
  limit_seconds: number | null;
}

const speechOf = (r: SpeechRow): Speech => ({
  id: r.id,
  delegateId: r.delegate_id,
  name: r.full_name ?? '',
  seat: r.seat ?? '',
  itemId: r.item_id,
  kind: r.kind === 'point_of_order' ? 'pointOfOrder' : 'speech',
  status: r.status,
  position: r.position,
  requestedAt: r.requested_at,
  requestedBy: r.requested_by,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  limitSeconds: r.limit_seconds,
});

const SPEECH_SELECT = `SELECT s.*, d.full_name, d.seat FROM speeches s
  LEFT JOIN delegates d ON d.meeting_id = s.meeting_id AND d.id = s.delegate_id`;

interface TimeRow {
  item_id: string;
  spent: number;
  since: string | null;
}

// Whole seconds of the finished stretches, summed in milliseconds rounded from julianday's days (a float: 5 min 30 s
// is 329.99… s), and the start of the one running now.
const TIME_SELECT = `SELECT item_id,
    COALESCE(SUM(CASE WHEN ended_at IS NOT NULL THEN CAST(ROUND((julianday(ended_at) - julianday(started_at)) * 86400000) AS INTEGER) END), 0) / 1000 AS spent,
    MAX(CASE WHEN ended_at IS NULL THEN started_at END) AS since
  FROM agenda_time WHERE meeting_id = ?`;

const timeOf = (r: TimeRow): ItemTime => ({ id: r.item_id, spentSeconds: Math.max(0, r.spent), since: r.since });

interface AnnouncementRow {
  id: string;
  text: string;
  on_projector: number;
  posted_at: string;
  posted_by: Announcement['postedBy'];
}

const announcementOf = (r: AnnouncementRow): Announcement => ({
  id: r.id,
  text: r.text,
  onProjector: r.on_projector === 1,
  postedAt: r.posted_at,
  postedBy: r.posted_by,
});

export function speakerStatements({ all, get, run }: StoreSql): SpeakerStatements {
  return {
    speeches: (meetingId) =>
      all<SpeechRow>(`${SPEECH_SELECT} WHERE s.meeting_id = ? ORDER BY s.requested_at, s.rowid`, meetingId).map(speechOf),
    getSpeech: (meetingId, speechId) => {
      const row = get<SpeechRow>(`${SPEECH_SELECT} WHERE s.meeting_id = ? AND s.id = ?`, meetingId, speechId);
      return row ? speechOf(row) : null;
    },
    putSpeech: (meetingId, s) =>
      void run(
        `INSERT INTO speeches (meeting_id, id, delegate_id, item_id, kind, status, position, requested_at, requested_by, started_at, ended_at, limit_seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET status = excluded.status, position = excluded.position,
           started_at = excluded.started_at, ended_at = excluded.ended_at, limit_seconds = excluded.limit_seconds`,
        meetingId, s.id, s.delegateId, s.itemId, s.kind === 'pointOfOrder' ? 'point_of_order' : 'speech', s.status, s.position,
        s.requestedAt, s.requestedBy, s.startedAt, s.endedAt, s.limitSeconds,
      ),

    itemTimes: (meetingId) => all<TimeRow>(`${TIME_SELECT} GROUP BY item_id ORDER BY MIN(rowid)`, meetingId).map(timeOf),
    getItemTime: (meetingId, itemId) => {
      const row = get<TimeRow>(`${TIME_SELECT} AND item_id = ? GROUP BY item_id`, meetingId, itemId);
      return row ? timeOf(row) : null;
    },
    endItemStretch: (meetingId, at) => {
      const open = get<{ item_id: string }>('SELECT item_id FROM agenda_time WHERE meeting_id = ? AND ended_at IS NULL', meetingId);
      if (!open) return null;
      run('UPDATE agenda_time SET ended_at = ? WHERE meeting_id = ? AND ended_at IS NULL', at, meetingId);
      return open.item_id;
    },
    startItemStretch: (meetingId, itemId, at) =>
      void run('INSERT INTO agenda_time (meeting_id, item_id, started_at) VALUES (?, ?, ?)', meetingId, itemId, at),

    speakingLimits: (meetingId) => {
      const rows = all<{ item_id: string; seconds: number }>('SELECT item_id, seconds FROM speaking_limits WHERE meeting_id = ? ORDER BY item_id', meetingId);
      const items: Record<string, number> = {};
      let meetingSeconds: number | null = null;
      for (const r of rows) {
        if (r.item_id === '') meetingSeconds = r.seconds;
        else items[r.item_id] = r.seconds;
      }
      return { id: meetingId, meetingSeconds, items };
    },
    setSpeakingLimit: (meetingId, itemId, seconds) => {
      if (seconds === null) run('DELETE FROM speaking_limits WHERE meeting_id = ? AND item_id = ?', meetingId, itemId ?? '');
      else {
        run(
          'INSERT INTO speaking_limits (meeting_id, item_id, seconds) VALUES (?, ?, ?) ON CONFLICT(meeting_id, item_id) DO UPDATE SET seconds = excluded.seconds',
          meetingId, itemId ?? '', seconds,
        );
      }
    },

    announcements: (meetingId) =>
      all<AnnouncementRow>('SELECT * FROM announcements WHERE meeting_id = ? AND removed_at IS NULL ORDER BY posted_at, rowid', meetingId).map(announcementOf),
    getAnnouncement: (meetingId, id) => {
      const row = get<AnnouncementRow>('SELECT * FROM announcements WHERE meeting_id = ? AND id = ? AND removed_at IS NULL', meetingId, id);
      return row ? announcementOf(row) : null;
    },
    putAnnouncement: (meetingId, a) =>
      void run(
        'INSERT INTO announcements (meeting_id, id, text, on_projector, posted_at, posted_by) VALUES (?, ?, ?, ?, ?, ?)',
        meetingId, a.id, a.text, a.onProjector ? 1 : 0, a.postedAt, a.postedBy,
      ),
    removeAnnouncement: (meetingId, id, at) =>
      void run('UPDATE announcements SET removed_at = ? WHERE meeting_id = ? AND id = ? AND removed_at IS NULL', at, meetingId, id),
  };
}
