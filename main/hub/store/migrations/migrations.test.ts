import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index.ts';

describe('migrations', () => {
  // Numbers are reserved ahead for work in progress, so one may land before a lower one: in order, each once.
  it('are numbered upwards from 1, each number once', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]!);
  });

  it('bring an empty database to the newest version, and running again changes nothing', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const tables = () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const before = tables();
    migrate(db);
    expect(tables()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['meetings', 'agenda_items', 'documents', 'delegates', 'changes', 'sessions', 'devices', 'blobs']));
  });

  it('001 creates the foundation tables with their constraints', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'draft', 'now')").run();
    expect(() =>
      db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('n', 't', '2026-01-01', '', 'bogus', 'now')").run(),
    ).toThrow(/CHECK/);
  });

  it('refuses a database written by a newer hub', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this hub knows/);
  });

  it('leaves nothing behind when a migration fails', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 1, name: 'broken', up: 'CREATE TABLE ok (x); CREATE TABLE (' }])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok'").get()).toEqual({ n: 0 });
  });
});

describe('002 badges, attendance, pairing', () => {
  it('upgrades a database with meetings in it, giving them the majority quorum rule', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'draft', 'now')").run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.prepare("SELECT quorum_rule FROM meetings WHERE id = 'm'").get()).toEqual({ quorum_rule: '{"kind":"majority"}' });
    expect(() =>
      db.prepare("INSERT INTO attendance (meeting_id, delegate_id, status) VALUES ('m', 'd', 'asleep')").run(),
    ).toThrow(/CHECK/);
  });
});

describe('003 document versions and preload reports', () => {
  it('upgrades a database with documents in it: each is version 1, not updated', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'published', 'now')").run();
    db.prepare(`INSERT INTO blobs (sha256, bytes, pages, media_type, created_at) VALUES ('${'a'.repeat(64)}', 10, 1, 'application/pdf', 'now')`).run();
    db.prepare(`INSERT INTO documents (meeting_id, id, item_id, title, sha256, access, position) VALUES ('m', 'd', NULL, 'T', '${'a'.repeat(64)}', '{"kind":"all"}', 0)`).run();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.prepare("SELECT version, updated_at FROM documents WHERE id = 'd'").get()).toEqual({ version: 1, updated_at: null });
    // An earlier version must point at bytes the hub holds.
    db.pragma('foreign_keys = ON');
    expect(() =>
      db.prepare(`INSERT INTO document_versions (meeting_id, document_id, version, sha256, replaced_at) VALUES ('m', 'd', 1, '${'b'.repeat(64)}', 'now')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO preload_reports (meeting_id, device_id, documents, reported_at) VALUES ('m', 'no-such-device', '[]', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('004 session end reasons, devices made only by pairing', () => {
  it('keeps sessions (no reason yet) and paired or revoked devices, and forgets devices that never paired', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    const device = db.prepare(
      'INSERT INTO devices (id, name, first_seen_at, last_seen_at, last_address, token_hash, paired_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    device.run('paired', 'A', 'now', 'now', '::1', 'h1', 'now', null);
    device.run('revoked', 'B', 'now', 'now', '::1', null, 'now', 'now');
    device.run('stranger', 'C', 'now', 'now', '::1', null, null, null);
    db.prepare("INSERT INTO sessions (token_hash, role, created_at, expires_at) VALUES ('s', 'chair', 'now', 'later')").run();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect((db.prepare('SELECT id FROM devices ORDER BY id').all() as { id: string }[]).map((r) => r.id)).toEqual(['paired', 'revoked']);
    expect(db.prepare("SELECT ended_at, end_reason FROM sessions WHERE token_hash = 's'").get()).toEqual({ ended_at: null, end_reason: null });
  });
});

describe('005 staff credentials, the credential of each session, failed attempts', () => {
  it('gives the staff sessions already open the admin passcode as their credential, and checks roles and kinds', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    const session = db.prepare("INSERT INTO sessions (token_hash, role, created_at, expires_at) VALUES (?, ?, 'now', 'later')");
    session.run('chair', 'chair');
    session.run('delegate', 'delegate');
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.prepare('SELECT token_hash, credential_id FROM sessions ORDER BY token_hash').all()).toEqual([
      { token_hash: 'chair', credential_id: 'admin' },
      { token_hash: 'delegate', credential_id: null },
    ]);
    const credential = db.prepare("INSERT INTO staff_credentials (id, role, label, secret_hash, created_at) VALUES (?, ?, 'x', ?, 'now')");
    credential.run('c1', 'checkin', 'h1');
    expect(() => credential.run('c2', 'secretariat', 'h2')).toThrow(/CHECK/);
    expect(() => credential.run('c3', 'chair', 'h1')).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO auth_failures (kind, outcome, address, count, first_at, last_at) VALUES ('token', 'wrong', '::1', 1, 'now', 'now')").run(),
    ).toThrow(/CHECK/);
  });
});

describe('006 the audit log', () => {
  it('creates an empty append-only log on a database with meetings in it', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare("INSERT INTO meetings (id, title, date, place, status, created_at) VALUES ('m', 't', '2026-01-01', '', 'draft', 'now')").run();
    migrate(db, MIGRATIONS.slice(0, 6));
    const entry = db.prepare("INSERT INTO audit_log (at, meeting_id, actor, command, revision, body, prev_hash, hash) VALUES ('now', 'm', 'chair', 'c', 1, ?, 'p', 'h')");
    expect(entry.run('{}').lastInsertRowid).toBe(1);
    expect(() => entry.run('not json')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get()).toEqual({ seq: 1 });
  });
});
