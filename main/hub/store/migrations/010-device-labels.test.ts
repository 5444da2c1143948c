import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('010 device labels', () => {
  it('gives the devices of an upgraded database an empty label and seat, and keeps them apart from the name a device sends', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 10));
    db.prepare(
      "INSERT INTO devices (id, name, first_seen_at, last_seen_at, last_address, token_hash, paired_at) VALUES ('dev-a', 'Chrome on Linux', 'now', 'now', '10.0.0.2', 'h', 'now')",
    ).run();
    migrate(db);
    expect(db.prepare("SELECT name, label, seat FROM devices WHERE id = 'dev-a'").get()).toEqual({ name: 'Chrome on Linux', label: '', seat: '' });
  });
});
