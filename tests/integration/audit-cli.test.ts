import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../shared/domain/audit-chain.ts';
import { openStore } from '../../main/hub/store/store.ts';
import { tempDir } from '../support/hub.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['main/cli/index.ts', 'audit', 'verify', ...args], { encoding: 'utf8' });

describe('npm run cli -- audit verify', () => {
  let dir: { path: string; remove(): void };
  let entries: AuditRecord[];
  const original = () => join(dir.path, 'hub');

  /** A copy of the hub's data folder, tampered with through a raw connection as someone with the file would. */
  function tampered(name: string, sql: string): string {
    const data = join(dir.path, name);
    mkdirSync(data);
    copyFileSync(join(original(), 'roundtable.db'), join(data, 'roundtable.db'));
    const db = new Database(join(data, 'roundtable.db'));
    db.exec(sql);
    db.close();
    return data;
  }

  beforeAll(() => {
    dir = tempDir('roundtable-audit-cli-');
    mkdirSync(original());
    const store = openStore(join(original(), 'roundtable.db'));
    const actions = ['meeting.publish', 'checkin.scan', 'checkin.scan', 'agenda.setCurrent', 'vote.cast', 'vote.close'];
    entries = actions.map((command, i) =>
      store.appendAudit({ meetingId: 'hnbtv-11', actor: `chair:c${i}`, command, revision: i + 1, at: `2026-03-02T08:0${i}:00.000Z`, body: { choice: 'yes', n: i } }),
    );
    // Closed, so the copies below have every entry in the main file (nothing left in the WAL).
    store.close();
  });
  afterAll(() => dir?.remove());

  it('prints the entry count and the head hash of an intact log, and exits 0', () => {
    const run = cli('--data', original());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Audit log intact: 6 entries.\nHead hash (entry 6): ${entries[5]!.hash}\n`);
    expect(JSON.parse(cli('--data', original(), '--json').stdout)).toEqual({ ok: true, count: 6, headSeq: 6, headHash: entries[5]!.hash });
  });

  it('reads only: the file is not changed, and beside a running hub it still answers', () => {
    const data = tampered('running', '');
    const file = join(data, 'roundtable.db');
    const bytes = readFileSync(file);
    expect(cli('--data', data).status).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const store = openStore(file);
    try {
      store.appendAudit({ meetingId: null, actor: 'secretariat', command: 'staff.issue', revision: null, at: '2026-03-02T09:00:00.000Z', body: {} });
      expect(cli('--data', data).stdout).toContain('Audit log intact: 7 entries.');
    } finally {
      store.close();
    }
    const empty = join(dir.path, 'empty');
    mkdirSync(empty);
    const missing = cli('--data', empty);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^roundtable: cannot open the hub database/);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('finds the head hash that earlier minutes carry, and says when the log no longer holds it', () => {
    const found = cli('--data', original(), '--head', entries[3]!.hash.toUpperCase());
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('The head hash given is entry 4: the log holds it unchanged.\n');
    const lost = cli('--data', original(), '--head', 'ab'.repeat(32));
    expect(lost.status).toBe(1);
    expect(lost.stdout).toMatch(/^Audit log rewritten: no entry has the hash a?b/);
    expect(cli('--data', original(), '--head', 'not-a-hash').status).toBe(1);
  });

  it.each<[string, string, RegExp]>([
    [
      'an entry altered (a vote changed with the trigger dropped)',
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET body = json_set(body, '$.choice', 'no') WHERE seq = 5;`,
      /^Audit log broken at entry 5: altered: its content does not match its hash \(4 entries before it intact\)\.\n$/,
    ],
    [
      'an entry removed',
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;',
      /^Audit log broken at entry 2: removed: entry 2 is missing \(1 entry before it intact\)\.\n$/,
    ],
    [
      'the last entries removed',
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= 5;',
      /^Audit log broken at entry 5: removed: entries 5 to 6 are missing from the end/,
    ],
    [
      'an entry inserted (an old check-in played again at the end)',
      `INSERT INTO audit_log (seq, at, meeting_id, actor, command, revision, body, prev_hash, hash)
         SELECT 7, at, meeting_id, actor, command, revision, body, prev_hash, hash FROM audit_log WHERE seq = 3;`,
      /^Audit log broken at entry 7: inserted: it neither follows entry 6 nor matches its own hash \(6 entries before it intact\)\.\n$/,
    ],
  ])('names %s and exits 1', (name, sql, line) => {
    const data = tampered(name.split(' ').slice(0, 3).join('-'), sql);
    const run = cli('--data', data);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(line);
  });

  it('says so when the log itself is gone', () => {
    const data = tampered('dropped', 'DROP TABLE audit_log;');
    const run = cli('--data', data);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('roundtable: the audit log table is gone: it was dropped from the database\n');
    expect(existsSync(join(data, 'roundtable.db'))).toBe(true);
  });
});
