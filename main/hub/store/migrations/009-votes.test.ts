import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('009 votes', () => {
  const open = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'published', 'now')").run();
    return db;
  };

  it('stores ballots under a 16-byte key with their choice and nothing else', () => {
    const db = open();
    const columns = (db.prepare("SELECT name FROM pragma_table_info('vote_ballots')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['meeting_id', 'vote', 'ballot_key', 'choice']);
    expect(() => db.prepare("INSERT INTO vote_ballots VALUES ('m', 'v', x'00', 'y')").run()).toThrow(/CHECK/);
    // WITHOUT ROWID: no hidden rowid numbering the rows as they came.
    expect(() => db.prepare('SELECT rowid FROM vote_ballots').all()).toThrow(/rowid/);
    expect(() => db.prepare('SELECT rowid FROM vote_voters').all()).toThrow(/rowid/);
  });

  it('reads a vote\'s status from its JSON, and removes a meeting\'s votes with it', () => {
    const db = open();
    db.prepare(`INSERT INTO motions (meeting_id, id, data) VALUES ('m', 'v', '{"status":"open"}')`).run();
    db.prepare(`INSERT INTO elections (meeting_id, id, data) VALUES ('m', 'e', '{}')`).run();
    db.prepare(`INSERT INTO election_rounds (meeting_id, election_id, round, data) VALUES ('m', 'e', 1, '{"status":"prepared"}')`).run();
    db.prepare("INSERT INTO vote_voters (meeting_id, vote, delegate_id, paper) VALUES ('m', 'v', 'd', 0)").run();
    db.prepare("INSERT INTO vote_ballots VALUES ('m', 'v', randomblob(16), 'y')").run();
    expect(db.prepare("SELECT status FROM motions WHERE id = 'v'").get()).toEqual({ status: 'open' });
    expect(db.prepare("SELECT status FROM election_rounds WHERE election_id = 'e'").get()).toEqual({ status: 'prepared' });
    db.prepare("DELETE FROM meetings WHERE id = 'm'").run();
    for (const table of ['motions', 'elections', 'election_rounds', 'vote_voters', 'vote_ballots']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});
