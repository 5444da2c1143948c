import type { Motion, Tally } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** Motions, as the protocol's JSON, and a secret ballot's paper counts beside them (never in the motion before its close). */
export interface MotionStatements {
  /** In the order they were created. */
  motions(meetingId: string): Motion[];
  getMotion(meetingId: string, motionId: string): Motion | null;
  putMotion(meetingId: string, motion: Motion): void;
  deleteMotion(meetingId: string, motionId: string): void;
  motionPaper(meetingId: string, motionId: string): Tally | null;
  setMotionPaper(meetingId: string, motionId: string, counts: Tally): void;
  /** The meeting's vote that is open now, motion or election round, if any. */
  openVote(meetingId: string): { kind: 'motion' | 'election'; id: string } | null;
}

const parse = (r: { data: string }) => JSON.parse(r.data) as Motion;

export function motionStatements({ all, get, run }: StoreSql): MotionStatements {
  return {
    motions: (meetingId) =>
      all<{ data: string }>("SELECT data FROM motions WHERE meeting_id = ? ORDER BY json_extract(data, '$.createdAt'), id", meetingId).map(parse),
    getMotion: (meetingId, motionId) => {
      const row = get<{ data: string }>('SELECT data FROM motions WHERE meeting_id = ? AND id = ?', meetingId, motionId);
      return row ? parse(row) : null;
    },
    putMotion: (meetingId, motion) =>
      void run(
        'INSERT INTO motions (meeting_id, id, data) VALUES (?, ?, ?) ON CONFLICT(meeting_id, id) DO UPDATE SET data = excluded.data',
        meetingId, motion.id, JSON.stringify(motion),
      ),
    deleteMotion: (meetingId, motionId) => void run('DELETE FROM motions WHERE meeting_id = ? AND id = ?', meetingId, motionId),
    motionPaper: (meetingId, motionId) => {
      const row = get<{ paper: string | null }>('SELECT paper FROM motions WHERE meeting_id = ? AND id = ?', meetingId, motionId);
      return row?.paper ? (JSON.parse(row.paper) as Tally) : null;
    },
    setMotionPaper: (meetingId, motionId, counts) =>
      void run('UPDATE motions SET paper = ? WHERE meeting_id = ? AND id = ?', JSON.stringify(counts), meetingId, motionId),
    openVote: (meetingId) =>
      get<{ kind: 'motion' | 'election'; id: string }>(
        `SELECT 'motion' AS kind, id FROM motions WHERE meeting_id = ? AND status = 'open'
         UNION ALL SELECT 'election', election_id FROM election_rounds WHERE meeting_id = ? AND status = 'open' LIMIT 1`,
        meetingId, meetingId,
      ),
  };
}
