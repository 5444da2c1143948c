import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('014 presentation', () => {
  it('keeps one shown page per meeting, a document with a page or neither, and goes with its meeting', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 14));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'published', 'now')").run();
    migrate(db);
    const put = db.prepare('INSERT OR REPLACE INTO presentations (meeting_id, document_id, page, since) VALUES (?, ?, ?, ?)');
    put.run('m', 'budget', 7, 'now');
    put.run('m', null, null, 'later');
    expect(db.prepare('SELECT * FROM presentations').all()).toEqual([{ meeting_id: 'm', document_id: null, page: null, since: 'later' }]);
    expect(() => put.run('m', 'budget', null, 'now')).toThrow(/CHECK/);
    expect(() => put.run('m', 'budget', 0, 'now')).toThrow(/CHECK/);
    expect(() => put.run('nowhere', 'budget', 1, 'now')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM meetings WHERE id = 'm'").run();
    expect(db.prepare('SELECT count(*) AS n FROM presentations').get()).toEqual({ n: 0 });
  });
});
