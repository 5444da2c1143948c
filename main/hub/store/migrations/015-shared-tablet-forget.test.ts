import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('015 shared-tablet forget', () => {
  it('keeps the preload reports of an upgraded database, none of them forgotten yet', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 15));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 'M', '2026-12-07', '', 'published', 'now')").run();
    db.prepare("INSERT INTO devices (id, name, first_seen_at, last_seen_at, last_address) VALUES ('dev-a', 'Tablet', 'now', 'now', '10.0.0.2')").run();
    db.prepare("INSERT INTO preload_reports (meeting_id, device_id, documents, reported_at, purged_at) VALUES ('m', 'dev-a', '[]', 'now', NULL)").run();
    migrate(db);
    expect(db.prepare('SELECT device_id, purged_at, forgotten_at FROM preload_reports').all()).toEqual([{ device_id: 'dev-a', purged_at: null, forgotten_at: null }]);
  });
});
