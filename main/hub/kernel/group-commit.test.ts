import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../../shared/protocol/index.ts';
import { openStore, type Store } from '../store/store.ts';
import { createGroupCommit, type Executed, MAX_GROUP } from './group-commit.ts';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rt-group-'));
  store = openStore(join(dir, 'roundtable.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const failedAck = (error: unknown): Ack<unknown> => ({ ok: false, code: 'internal', message: String(error) });

/** A command writing one setting, or refusing after writing it. */
const write = (key: string, order: string[], refuse = false) => (): Executed =>
  store.transaction(() => {
    store.setSetting(key, 'x');
    if (refuse) throw new Error(`refused ${key}`);
    return { ack: { ok: true, revision: null, data: key }, after: () => void order.push(`after ${key}`) };
  });

/** The pipeline's own shape: a refusal inside the command's savepoint is answered, not thrown. */
const guarded = (work: () => Executed) => (): Executed => {
  try {
    return work();
  } catch (error) {
    return { ack: failedAck(error), after: () => {} };
  }
};

describe('group commit', () => {
  it('commits what arrives together in one transaction, then runs each one after-commit step and acks in order', async () => {
    const order: string[] = [];
    const commit = createGroupCommit(store, failedAck, (e) => order.push(`failed ${String(e)}`));
    const answers = ['a', 'b', 'c'].map((key) => Promise.resolve(commit(guarded(write(key, order)))).then((ack) => (order.push(`ack ${key}`), ack)));
    // Nothing is written until the turn ends: one transaction for the three.
    expect(store.getSetting('a')).toBeNull();
    expect((await Promise.all(answers)).map((a) => a.ok && a.data)).toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['after a', 'after b', 'after c', 'ack a', 'ack b', 'ack c']);
    expect(['a', 'b', 'c'].map((k) => store.getSetting(k))).toEqual(['x', 'x', 'x']);
  });

  it('undoes only the command that was refused, in its savepoint', async () => {
    const order: string[] = [];
    const commit = createGroupCommit(store, failedAck, () => {});
    const acks = await Promise.all([commit(guarded(write('a', order))), commit(guarded(write('b', order, true))), commit(guarded(write('c', order)))]);
    expect(acks.map((a) => a.ok)).toEqual([true, false, true]);
    expect(['a', 'b', 'c'].map((k) => store.getSetting(k))).toEqual(['x', null, 'x']);
  });

  it('answers every command of a group whose commit failed, and writes none', async () => {
    const commit = createGroupCommit(store, failedAck, () => {});
    // A failure outside any command's savepoint fails the group's transaction as a whole.
    const acks = await Promise.all([commit(guarded(write('a', []))), commit(write('b', [], true))]);
    expect(acks.map((a) => a.ok)).toEqual([false, false]);
    expect(store.getSetting('a')).toBeNull();
  });

  it('acknowledges a command whose after-commit step failed: it is on disk', async () => {
    const failures: unknown[] = [];
    const commit = createGroupCommit(store, failedAck, (e) => failures.push(e));
    const ack = await commit(() => ({ ack: { ok: true, revision: 1, data: {} }, after: () => { throw new Error('socket gone'); } }));
    expect(ack.ok).toBe(true);
    expect(failures).toHaveLength(1);
  });

  it(`splits a flood into groups of at most ${MAX_GROUP}, acknowledging each group before the next runs`, async () => {
    const commit = createGroupCommit(store, failedAck, () => {});
    // For each command, how many acks had arrived when it ran: the same number for the commands of one group.
    const seenWhenRun: number[] = [];
    let acked = 0;
    const acks = Array.from({ length: MAX_GROUP * 2 + 10 }, () =>
      Promise.resolve(
        commit(() => {
          seenWhenRun.push(acked);
          return { ack: { ok: true, revision: null, data: {} }, after: () => {} };
        }),
      ).then(() => acked++),
    );
    await Promise.all(acks);
    const sizes = [...new Set(seenWhenRun)].map((seen) => seenWhenRun.filter((s) => s === seen).length);
    expect(sizes).toEqual([MAX_GROUP, MAX_GROUP, 10]);
  });
});
