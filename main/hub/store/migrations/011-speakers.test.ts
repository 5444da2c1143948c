import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('011 speakers', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
  db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 'M', '2026-12-07', '', 'published', 'now')").run();

  it('keeps a waiting request\'s place, and none once it is not waiting', () => {
    const insert = db.prepare(
      "INSERT INTO speeches (meeting_id, id, delegate_id, kind, status, position, requested_at, requested_by) VALUES ('m', ?, 'd1', 'speech', ?, ?, 'now', 'delegate')",
    );
    insert.run('s1', 'waiting', 0);
    insert.run('s2', 'done', null);
    expect(() => insert.run('s3', 'waiting', null)).toThrow(/CHECK/);
    expect(() => insert.run('s4', 'speaking', 1)).toThrow(/CHECK/);
  });

  it('refuses a kind or a status it does not know, and a limit of zero', () => {
    expect(() =>
      db.prepare("INSERT INTO speeches (meeting_id, id, delegate_id, kind, status, requested_at, requested_by) VALUES ('m', 'x', 'd1', 'question', 'done', 'now', 'delegate')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO speaking_limits (meeting_id, item_id, seconds) VALUES ('m', '', 0)").run()).toThrow(/CHECK/);
  });

  it('goes with its meeting', () => {
    db.prepare("INSERT INTO agenda_time (meeting_id, item_id, started_at) VALUES ('m', 'i1', 'now')").run();
    db.prepare("INSERT INTO announcements (meeting_id, id, text, on_projector, posted_at, posted_by) VALUES ('m', 'a1', 'Giải lao 15 phút', 0, 'now', 'chair')").run();
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM meetings WHERE id = 'm'").run();
    for (const table of ['speeches', 'agenda_time', 'announcements']) expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
