import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushPayload } from '../../shared/protocol/index.ts';
import { makeMeeting, ok, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

/** `npm run cli -- badges` on the running hub's data folder: another process writing to its database. */
function printBadgesFromCli(dataDir: string, meetingId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['main/cli/index.ts', 'badges', '--data', dataDir, '--meeting', meetingId, '--out', join(dataDir, 'badges.pdf')],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message} ${stdout} ${stderr}`)) : resolve()),
    );
  });
}

describe('the CLI writes to a running hub’s data folder', () => {
  let t: TestHub;
  let chair: TestSocket;
  const pushes: PushPayload<'meeting.changed'>[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await makeMeeting(secretariat, 'x');
    for (const fullName of ['Nguyễn Thị Lan', 'Trần Văn Bình']) await ok(secretariat, 'delegate.add', { meetingId: 'x', fullName });
    secretariat.disconnect();
    chair = await signIn(t.hub.url, t.passcode, 'chair');
    await ok(chair, 'meeting.open', { meetingId: 'x' });
    chair.on('meeting.changed', (p) => pushes.push(p));
  }, 60_000);
  afterAll(async () => {
    chair.disconnect();
    await t.stop();
  });

  it('followers are pushed the badges it issued, then the hub’s next change, with no gap and nothing twice', async () => {
    const before = (await ok(chair, 'meeting.open', { meetingId: 'x', sinceRevision: 0 })).data;
    const start = before.mode === 'changes' ? before.revision : before.snapshot.revision;
    await printBadgesFromCli(t.dataDir, 'x');
    const deadline = Date.now() + 10_000;
    while (pushes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(pushes.map((p) => p.revision)).toEqual([start + 1]);
    const delegates = pushes[0]!.changes.filter((c) => c.collection === 'delegate');
    expect(delegates).toHaveLength(2);
    expect(delegates.every((c) => (c.value as { badgeSerial: number | null }).badgeSerial === 1)).toBe(true);

    const { revision } = await ok(chair, 'agenda.setCurrent', { meetingId: 'x', itemId: null });
    while (pushes.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(pushes.map((p) => p.revision)).toEqual([start + 1, revision]);
    expect(revision).toBe(start + 2);
  }, 60_000);
});
