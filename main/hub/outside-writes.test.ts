import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Change, Meeting } from '../../shared/protocol/index.ts';
import { followOutsideWrites } from './outside-writes.ts';
import { openStore, type Store } from './store/store.ts';

const meeting = (title: string): Meeting => ({
  id: 'm',
  title,
  date: '2026-12-06',
  place: '',
  status: 'draft',
  currentItemId: null,
  currentSince: null,
  quorumRule: { kind: 'majority' },
});

/** One revision written as a command would: revision raised and its changes logged, in one transaction. */
function write(store: Store, title: string): number {
  return store.transaction(() => {
    const value = meeting(title);
    store.updateMeeting(value);
    const revision = store.bumpRevision('m');
    store.appendChanges('m', { revision, changes: [{ collection: 'meeting', id: 'm', value }], command: 'meeting.update', actor: 'test', at: new Date().toISOString() });
    return revision;
  });
}

describe('revisions written by another process reach the followers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-outside-'));
  const file = join(dir, 'roundtable.db');
  const hub = openStore(file);
  const cli = openStore(file);
  hub.insertMeeting(meeting('0'), new Date().toISOString());
  const pushed: { revision: number; title: string }[] = [];
  const push = (_: string, revision: number, changes: Change[]) =>
    pushed.push({ revision, title: (changes[0]?.value as Meeting | undefined)?.title ?? '' });
  const outside = followOutsideWrites(hub, push, pino({ enabled: false }), 60_000);
  afterEach(() => void pushed.splice(0));

  it('a poll finds them and pushes each, in order, once', () => {
    const first = write(cli, 'a');
    write(cli, 'b');
    outside.poll();
    outside.poll();
    expect(pushed).toEqual([
      { revision: first, title: 'a' },
      { revision: first + 1, title: 'b' },
    ]);
  });

  it("the hub's own next revision pushes the ones written elsewhere first, even before a poll", () => {
    const elsewhere = write(cli, 'c');
    const own = write(hub, 'd');
    outside.broadcast('m', own, [{ collection: 'meeting', id: 'm', value: meeting('d') }]);
    outside.poll();
    expect(pushed).toEqual([
      { revision: elsewhere, title: 'c' },
      { revision: own, title: 'd' },
    ]);
  });

  it("the hub's own writes alone are pushed as they come, nothing twice", () => {
    const own = write(hub, 'e');
    outside.broadcast('m', own, [{ collection: 'meeting', id: 'm', value: meeting('e') }]);
    outside.poll();
    expect(pushed).toEqual([{ revision: own, title: 'e' }]);
    outside.stop();
    hub.close();
    cli.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
