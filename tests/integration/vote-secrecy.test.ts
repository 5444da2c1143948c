import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestHub, type TestHub } from '../support/hub.ts';
import { castId, votingRoom } from '../support/voting-room.ts';

/**
 * After a secret ballot, the hub's SQLite file and its write-ahead log are read as an attacker with the disk would:
 * nothing in them links a voter to a ballot. The votes are cast one at a time with the answer following the order
 * (the first half Yes, the second No), so that any trace of the order the ballots came in would give them away.
 */
const N = 60;
let t: TestHub;
let room: Awaited<ReturnType<typeof votingRoom>>;
let file: string;
let keysWhileOpen: string[];
const castIds: string[] = [];

const read = <T>(sql: string, ...params: unknown[]): T[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
};
const hexOf = (path: string) => (existsSync(path) ? readFileSync(path).toString('hex').toUpperCase() : '');

beforeAll(async () => {
  t = await startTestHub();
  file = join(t.dataDir, 'roundtable.db');
  room = await votingRoom(`http://127.0.0.1:${t.hub.port}`, t.passcode, N);
  const { meetingId, chair, tablets } = room;
  const { motionId } = (await ok(chair, 'motion.create', { meetingId, title: 'Bỏ phiếu kín', ballot: 'secret', rule: 'halfOfConvened' })).data;
  await ok(chair, 'motion.open', { meetingId, motionId });
  for (const [i, tab] of tablets.entries()) {
    castIds.push(castId());
    await ok(tab.socket, 'motion.cast', { meetingId, motionId, castId: castIds[i]!, answer: i < N / 2 ? 'yes' : 'no' });
  }
  keysWhileOpen = read<{ k: string }>('SELECT hex(ballot_key) AS k FROM vote_ballots').map((r) => r.k);
  const { result } = (await ok(chair, 'motion.close', { meetingId, motionId })).data;
  expect(result).toMatchObject({ yes: 30, no: 30 });
}, 120_000);
afterAll(async () => {
  room?.close();
  await t?.stop();
});

describe('a closed secret ballot, read from the disk', () => {
  it('keeps the ballots in a table of their own: a random key and the choice, nothing shared with the voters', () => {
    const columns = (table: string) => read<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name);
    expect(columns('vote_ballots')).toEqual(['meeting_id', 'vote', 'ballot_key', 'choice']);
    // In common: the meeting and the vote, the same for every ballot of it, and `choice`, which a secret ballot's
    // voters never have (below).
    expect(columns('vote_ballots').filter((c) => columns('vote_voters').includes(c))).toEqual(['meeting_id', 'vote', 'choice']);
    const ballots = read<{ k: string; choice: string }>('SELECT hex(ballot_key) AS k, choice FROM vote_ballots');
    expect(ballots).toHaveLength(N);
    expect(new Set(ballots.map((b) => b.choice.length))).toEqual(new Set([1]));
    // A secret ballot's voters keep no choice; no ballot key is anywhere else in the database.
    expect(read('SELECT 1 FROM vote_voters WHERE choice IS NOT NULL')).toEqual([]);
    const everywhere = hexOf(file);
    for (const { k } of ballots) expect(everywhere.split(k).length - 1, `ballot key ${k} once`).toBe(1);
  });

  it('has no order: each page holds the ballots in key order, and no key used while the vote was open is left', () => {
    const pageSize = read<{ page_size: number }>('PRAGMA page_size')[0]!.page_size;
    const bytes = hexOf(file);
    const keys = read<{ k: string }>('SELECT hex(ballot_key) AS k FROM vote_ballots').map((r) => r.k);
    const pages = new Map<number, { k: string; at: number }[]>();
    for (const k of keys) {
      const at = bytes.indexOf(k) / 2;
      pages.set(Math.floor(at / pageSize), [...(pages.get(Math.floor(at / pageSize)) ?? []), { k, at }]);
    }
    // Cells fill a page from its end: written in ascending key order they lie in descending order. Key order is
    // random, so it says nothing of who came when.
    for (const cells of pages.values()) {
      const inFile = cells.sort((a, b) => a.at - b.at).map((c) => c.k);
      expect(inFile).toEqual([...inFile].sort().reverse());
    }
    const wal = hexOf(`${file}-wal`);
    for (const old of keysWhileOpen) {
      expect(bytes.includes(old), `key ${old} of the open vote in the file`).toBe(false);
      expect(wal.includes(old), `key ${old} of the open vote in the WAL`).toBe(false);
    }
  });

  it('leaves no page of the vote in the write-ahead log: it was emptied at the close', () => {
    const wal = `${file}-wal`;
    const walHex = hexOf(wal);
    for (const { k } of read<{ k: string }>('SELECT hex(ballot_key) AS k FROM vote_ballots')) expect(walHex.includes(k)).toBe(false);
    expect(existsSync(wal) ? readFileSync(wal).length : 0).toBe(0);
  });

  it('has no time on a ballot, and the change log and the audit log say only that each delegate voted', () => {
    const casts = read<{ changes: string }>("SELECT changes FROM changes WHERE command = 'motion.cast'");
    expect(casts).toHaveLength(N);
    for (const c of casts) {
      const changes = JSON.parse(c.changes) as { collection: string; value: Record<string, unknown> }[];
      expect(changes.map((x) => x.collection)).toEqual(['ballotCount']);
      expect(Object.keys(changes[0]!.value).sort()).toEqual(['id', 'round', 'voted']);
    }
    const audited = read<{ body: string }>("SELECT body FROM audit_log WHERE command = 'motion.cast'");
    expect(audited.map((a) => a.body)).toEqual(Array.from({ length: N }, () => '{"voted":true}'));
  });

  it('writes nothing of a cast to the log files', () => {
    const logs = join(t.dataDir, 'logs');
    const text = existsSync(logs) ? readdirSync(logs).map((f) => readFileSync(join(logs, f), 'utf8')).join('\n') : '';
    for (const id of castIds) expect(text.includes(id)).toBe(false);
    expect(text).not.toMatch(/"answer"|motion\.cast/);
  });
});
