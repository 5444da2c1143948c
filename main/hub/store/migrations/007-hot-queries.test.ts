import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

const before007 = MIGRATIONS.filter((m) => m.version < 7);

function meetingWithDelegates(db: Database.Database, ids: string[]) {
  db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'draft', 'now')").run();
  const add = db.prepare("INSERT INTO delegates (meeting_id, id, full_name, title, organisation, group_name, seat) VALUES ('m', ?, ?, '', '', '', '')");
  for (const id of ids) add.run(id, `name ${id}`);
}

const badge = (db: Database.Database, delegateId: string, serial: number) =>
  db
    .prepare("INSERT INTO badges (meeting_id, delegate_id, serial, expires_day, issued_at, mac_hash, code_hash) VALUES ('m', ?, ?, 0, 'now', ?, ?)")
    .run(delegateId, serial, `mac ${delegateId} ${serial}`, `code ${delegateId} ${serial}`);

const serials = (db: Database.Database) =>
  Object.fromEntries((db.prepare("SELECT id, badge_serial FROM delegates WHERE meeting_id = 'm' ORDER BY id").all() as { id: string; badge_serial: number }[]).map((r) => [r.id, r.badge_serial]));

describe('007 hot queries', () => {
  it('gives each delegate of an upgraded database the highest serial of their badges, 0 without one', () => {
    const db = new Database(':memory:');
    migrate(db, before007);
    meetingWithDelegates(db, ['a', 'b', 'c']);
    badge(db, 'a', 1);
    badge(db, 'a', 2);
    badge(db, 'b', 1);
    migrate(db);
    expect(serials(db)).toEqual({ a: 2, b: 1, c: 0 });
  });

  it('keeps the serial as badges are issued, and gives it back to a delegate listed again under the same id', () => {
    const db = new Database(':memory:');
    migrate(db);
    meetingWithDelegates(db, ['a', 'b']);
    badge(db, 'a', 1);
    badge(db, 'a', 2);
    badge(db, 'b', 3);
    badge(db, 'b', 2);
    expect(serials(db)).toEqual({ a: 2, b: 3 });
    // Removed, their badges stay (as before this version); listed again, the serial is theirs again.
    db.prepare("DELETE FROM delegates WHERE meeting_id = 'm' AND id = 'a'").run();
    db.prepare("INSERT INTO delegates (meeting_id, id, full_name, title, organisation, group_name, seat) VALUES ('m', 'a', 'again', '', '', '', '')").run();
    expect(serials(db)).toEqual({ a: 2, b: 3 });
    // Updating a delegate's own fields leaves it.
    db.prepare("UPDATE delegates SET seat = 'A1' WHERE meeting_id = 'm' AND id = 'b'").run();
    expect(serials(db)).toEqual({ a: 2, b: 3 });
  });

  it('reads the hot rows through an index', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT meeting_id FROM preload_reports WHERE device_id = 'x'")).toContain('USING INDEX preload_reports_by_device');
    expect(plan("SELECT count(*) FROM attendance WHERE meeting_id = 'm' AND status = 'present'")).toContain('USING COVERING INDEX attendance_by_status');
  });
});
