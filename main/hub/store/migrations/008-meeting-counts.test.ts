import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

/** The counts as the quorum defines them, counted the slow way. */
const counted = (db: Database.Database, meetingId: string) =>
  db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM delegates WHERE meeting_id = ?) AS members,
              (SELECT COUNT(*) FROM attendance a JOIN delegates d ON d.meeting_id = a.meeting_id AND d.id = a.delegate_id
                WHERE a.meeting_id = ? AND a.status = 'present') AS present`,
    )
    .get(meetingId, meetingId) as { members: number; present: number };
const kept = (db: Database.Database, meetingId: string) =>
  (db.prepare('SELECT members, present FROM meeting_counts WHERE meeting_id = ?').get(meetingId) as { members: number; present: number } | undefined) ?? { members: 0, present: 0 };

const meeting = (db: Database.Database, id: string) =>
  db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES (?, 't', '2026-01-01', '', 'draft', 'now')").run(id);
const list = (db: Database.Database, meetingId: string, id: string) =>
  db.prepare("INSERT INTO delegates (meeting_id, id, full_name, title, organisation, group_name, seat) VALUES (?, ?, ?, '', '', '', '')").run(meetingId, id, `name ${id}`);
const unlist = (db: Database.Database, meetingId: string, id: string) => db.prepare('DELETE FROM delegates WHERE meeting_id = ? AND id = ?').run(meetingId, id);
/** As the hub writes attendance: an upsert. */
const attend = (db: Database.Database, meetingId: string, id: string, status: 'present' | 'absent' | 'excused') =>
  db
    .prepare(
      `INSERT INTO attendance (meeting_id, delegate_id, status, checked_in_at, checked_out_at) VALUES (?, ?, ?, NULL, NULL)
       ON CONFLICT(meeting_id, delegate_id) DO UPDATE SET status = excluded.status`,
    )
    .run(meetingId, id, status);
const forget = (db: Database.Database, meetingId: string, id: string) => db.prepare('DELETE FROM attendance WHERE meeting_id = ? AND delegate_id = ?').run(meetingId, id);

describe('008 meeting counts', () => {
  it('counts an upgraded database as the quorum counts it, a record of someone off the list left out', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 8));
    meeting(db, 'm');
    for (const id of ['a', 'b', 'c']) list(db, 'm', id);
    attend(db, 'm', 'a', 'present');
    attend(db, 'm', 'b', 'excused');
    attend(db, 'm', 'gone', 'present');
    migrate(db);
    expect(kept(db, 'm')).toEqual({ members: 3, present: 1 });
  });

  it('keeps the counts through every kind of write, in any order (400 random writes on two meetings)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    meeting(db, 'm');
    meeting(db, 'n');
    // A fixed generator: the same writes on every run.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const statuses = ['present', 'absent', 'excused'] as const;
    for (let i = 0; i < 400; i++) {
      const m = next(2) === 0 ? 'm' : 'n';
      const id = ids[next(ids.length)]!;
      const listed = db.prepare('SELECT 1 FROM delegates WHERE meeting_id = ? AND id = ?').get(m, id) !== undefined;
      switch (next(4)) {
        case 0:
          if (listed) unlist(db, m, id);
          else list(db, m, id);
          break;
        case 1:
        case 2:
          attend(db, m, id, statuses[next(3)]!);
          break;
        case 3:
          forget(db, m, id);
          break;
      }
      expect(kept(db, m), `after write ${i}`).toEqual(counted(db, m));
    }
    db.prepare("DELETE FROM meetings WHERE id = 'n'").run();
    expect(db.prepare("SELECT COUNT(*) AS n FROM meeting_counts WHERE meeting_id = 'n'").get()).toEqual({ n: 0 });
  });
});
