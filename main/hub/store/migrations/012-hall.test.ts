import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('012 hall', () => {
  it('keeps one layout for the hub, never two', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 12));
    db.prepare("INSERT INTO hall (id, layout, updated_at) VALUES (1, '{\"blocks\":[]}', 'now')").run();
    expect(() => db.prepare("INSERT INTO hall (id, layout, updated_at) VALUES (2, '{}', 'now')").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT layout FROM hall').all()).toEqual([{ layout: '{"blocks":[]}' }]);
  });
});
