import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type AuditEntry, GENESIS_HASH } from '../../../shared/domain/audit-chain.ts';
import { verifyAuditFile } from './audit.ts';
import { type Store, openStore } from './store.ts';

const action = (i: number, meetingId: string | null = 'm1'): AuditEntry => ({
  meetingId,
  actor: 'chair:c1',
  command: 'agenda.setCurrent',
  revision: meetingId ? i : null,
  at: `2026-03-02T08:00:0${i}.000Z`,
  body: { itemId: `item-${i}`, title: 'Báo cáo chính trị' },
});

describe('the audit log in the store', () => {
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-audit-'));
    file = join(dir, 'roundtable.db');
    store = openStore(file);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty and intact', () => {
    expect(store.auditEntries()).toEqual([]);
    expect(store.verifyAudit()).toEqual({ ok: true, count: 0, headSeq: 0, headHash: GENESIS_HASH });
  });

  it('numbers and chains each entry, and reads them back by meeting and page', () => {
    const first = store.appendAudit(action(1));
    const second = store.appendAudit(action(2, null));
    const third = store.appendAudit(action(3, 'm2'));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, meetingId: 'm1', body: '{"itemId":"item-1","title":"Báo cáo chính trị"}' });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, meetingId: null, revision: null });
    expect(third).toMatchObject({ seq: 3, prevHash: second.hash });
    expect(store.auditEntries()).toEqual([first, second, third]);
    expect(store.auditEntries({ meetingId: 'm2' })).toEqual([third]);
    expect(store.auditEntries({ afterSeq: 1, limit: 1 })).toEqual([second]);
    expect(store.verifyAudit()).toEqual({ ok: true, count: 3, headSeq: 3, headHash: third.hash });
    expect(store.verifyAudit({ knownHash: second.hash })).toMatchObject({ ok: true, knownHashSeq: 2 });
  });

  it('writes inside the caller’s transaction, and rolls back with it', () => {
    store.appendAudit(action(1));
    expect(() =>
      store.transaction(() => {
        store.appendAudit(action(2));
        throw new Error('the command failed');
      }),
    ).toThrow('the command failed');
    expect(store.auditEntries().map((r) => r.seq)).toEqual([1]);
    store.transaction(() => store.appendAudit(action(3)));
    expect(store.auditEntries().map((r) => r.seq)).toEqual([1, 2]);
    expect(store.verifyAudit()).toMatchObject({ ok: true, count: 2 });
  });

  it('refuses a body that is not plain JSON, writing nothing', () => {
    expect(() => store.appendAudit({ ...action(1), body: { at: new Date() } })).toThrow(TypeError);
    expect(store.auditEntries()).toEqual([]);
  });

  it('refuses to change or remove an entry, whoever asks (the database’s own triggers)', () => {
    store.appendAudit(action(1));
    store.appendAudit(action(2));
    const raw = new Database(file);
    try {
      expect(() => raw.prepare("UPDATE audit_log SET actor = 'someone' WHERE seq = 1").run()).toThrow(/append-only: entries cannot be changed/);
      expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only: entries cannot be removed/);
      expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      raw.close();
    }
    expect(store.auditEntries()).toHaveLength(2);
    expect(store.verifyAudit()).toMatchObject({ ok: true, count: 2 });
  });

  it('numbers after an entry removed from the end, so that the gap shows', () => {
    store.appendAudit(action(1));
    store.appendAudit(action(2));
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;');
    raw.close();
    expect(store.verifyAudit()).toMatchObject({ ok: false, seq: 2, problem: 'removed' });
    expect(store.appendAudit(action(3)).seq).toBe(3);
    expect(store.verifyAudit()).toMatchObject({ ok: false, seq: 2, problem: 'removed', detail: 'entry 2 is missing' });
  });

  it('is checked read-only from the file, beside the open store', () => {
    const head = store.appendAudit(action(1));
    expect(verifyAuditFile(file)).toEqual({ ok: true, count: 1, headSeq: 1, headHash: head.hash });
    expect(() => verifyAuditFile(join(dir, 'none.db'))).toThrow(/cannot open the hub database/);
  });

  it('says when the database has no audit log: older, or the table dropped', () => {
    const old = join(dir, 'old.db');
    const db = new Database(old);
    db.pragma('user_version = 5');
    db.close();
    expect(() => verifyAuditFile(old)).toThrow(/version 5\) is older than the audit log/);
    const raw = new Database(file);
    raw.exec('DROP TABLE audit_log');
    raw.close();
    expect(() => verifyAuditFile(file)).toThrow(/audit log table is gone/);
  });
});
