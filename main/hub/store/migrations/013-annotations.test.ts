import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('013 annotations', () => {
  const db = new Database(':memory:');
  migrate(db);
  db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 'M', '2026-12-07', '', 'published', 'now')").run();
  const insert = (id: string, documentId: string | null, sha256: string | null, itemId: string | null, seq: number) =>
    db
      .prepare(
        "INSERT INTO annotations (meeting_id, id, delegate_id, document_id, sha256, item_id, kind, visibility, body, bytes, rev, seq, updated_at) VALUES ('m', ?, 'd', ?, ?, ?, 'note', 'private', '{}', 2, 1, ?, 'now')",
      )
      .run(id, documentId, sha256, itemId, seq);

  it('is registered in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(MIGRATIONS.some((m) => m.version === 13)).toBe(true);
  });

  it('holds an annotation on a document version or on an item, never both or neither', () => {
    expect(() => insert('a', 'doc', 'f'.repeat(64), null, 1)).not.toThrow();
    expect(() => insert('b', null, null, 'item', 2)).not.toThrow();
    expect(() => insert('c', 'doc', 'f'.repeat(64), 'item', 3)).toThrow(/CHECK/);
    expect(() => insert('d', null, null, null, 4)).toThrow(/CHECK/);
    expect(() => insert('e', 'doc', null, null, 5)).toThrow(/CHECK/);
  });

  it('gives each change of a meeting its own seq, and an id once', () => {
    expect(() => insert('f', null, null, 'item', 1)).toThrow(/UNIQUE/);
    expect(() => insert('a', null, null, 'item', 9)).toThrow(/UNIQUE|PRIMARY/);
  });
});
