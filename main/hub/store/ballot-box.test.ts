import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Store, openStore } from './store.ts';
import { voteOfRound } from './ballot-box.ts';

/**
 * The ballot keys of each page of the file, in the order their bytes lie in it. SQLite fills a page's cells from its
 * end towards its start, so cells inserted in ascending key order lie in descending order.
 */
function keysByPage(file: string): string[][] {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const keys = (db.prepare('SELECT hex(ballot_key) AS k FROM vote_ballots').all() as { k: string }[]).map((r) => r.k);
  db.close();
  const bytes = readFileSync(file).toString('hex').toUpperCase();
  const pages = new Map<number, { k: string; at: number }[]>();
  for (const k of keys) {
    const at = bytes.indexOf(k);
    if (at < 0 || at % 2 !== 0) continue;
    const page = Math.floor(at / 2 / pageSize);
    pages.set(page, [...(pages.get(page) ?? []), { k, at }]);
  }
  return [...pages.values()].map((cells) => cells.sort((a, b) => a.at - b.at).map((c) => c.k));
}

const descending = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1]! > k);

describe('the ballot box', () => {
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-ballots-'));
    file = join(dir, 'roundtable.db');
    store = openStore(file);
    store.insertMeeting({ id: 'm', title: 'Đại hội', date: '2026-11-23', place: '', status: 'published', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } }, '2026-11-23T07:00:00.000Z');
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps voters and secret ballots apart, counts them, and names a round apart from a motion', () => {
    store.transaction(() => {
      store.putVoter('m', 'v', { delegateId: 'd2', paper: false, castIds: ['cast-0002'], choice: null });
      store.putVoter('m', 'v', { delegateId: 'd1', paper: true, castIds: [], choice: null });
      store.addBallot('m', 'v', 'y');
      store.putVoter('m', voteOfRound('e', 1), { delegateId: 'd1', paper: false, castIds: ['cast-0003'], choice: 'ks' });
    });
    expect(store.voters('m', 'v').map((v) => v.delegateId)).toEqual(['d1', 'd2']);
    expect(store.voter('m', 'v', 'd2')).toEqual({ delegateId: 'd2', paper: false, castIds: ['cast-0002'], choice: null });
    expect(store.votedCount('m', 'v')).toBe(2);
    expect(store.paperMarked('m', 'v')).toBe(1);
    expect(Object.fromEntries(store.votedCounts('m'))).toEqual({ v: 2, 'e/1': 1 });
    expect(store.ballots('m', 'v')).toEqual(['y']);
  });

  it('sealing writes the box again in the order of new random keys, leaving no old key in the file', () => {
    // Many ballots, one at a time as votes come: each insert places its cell after the previous ones in its page.
    for (let i = 0; i < 200; i++) store.transaction(() => store.addBallot('m', 'v', ['y', 'n', 'a'][i % 3]!));
    store.truncateWal();
    const before = keysByPage(file);
    expect(before.flat()).toHaveLength(200);
    expect(before.every(descending)).toBe(false); // the order the votes came in shows before the seal

    store.transaction(() => store.sealBallots('m', 'v'));
    expect(store.truncateWal()).toBe(true);
    const after = keysByPage(file);
    expect(after.flat()).toHaveLength(200);
    expect(after.every(descending)).toBe(true); // key order only: nothing of the order they came in
    const text = readFileSync(file).toString('hex').toUpperCase();
    for (const old of before.flat()) expect(text.includes(old)).toBe(false);
    expect(readFileSync(`${file}-wal`).length).toBe(0);
    expect(store.ballots('m', 'v').sort()).toEqual(Array.from({ length: 200 }, (_, i) => ['y', 'n', 'a'][i % 3]).sort());
  });

  it('says when a reader in another process keeps the log from being emptied, without waiting long for it', () => {
    store.transaction(() => store.addBallot('m', 'v', 'y'));
    const reader = new Database(file, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT COUNT(*) FROM vote_ballots').get();
    const started = performance.now();
    expect(store.truncateWal()).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
    reader.prepare('COMMIT').run();
    reader.close();
    expect(store.truncateWal()).toBe(true);
  });
});
