import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, pairedDevice, signIn, tempDir } from '../support/hub.ts';
import { spawnHub } from '../support/spawn-hub.ts';

describe('an acknowledged write survives the hub being killed', () => {
  const dirs: { remove(): void }[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    for (const d of dirs.splice(0)) d.remove();
  });

  it('SIGKILL right after the ack loses nothing', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await spawnHub(dir.path);
    children.push(first.child);
    expect(first.passcode).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    const secretariat = await signIn(first.url, first.passcode!, 'secretariat');
    await ok(secretariat, 'meeting.create', { id: 'k', title: 'Phiên họp', date: '2026-11-23' });
    await ok(secretariat, 'meeting.publish', { meetingId: 'k' });
    const items: string[] = [];
    for (let n = 1; n <= 20; n++) items.push((await ok(secretariat, 'agenda.add', { meetingId: 'k', title: `Mục ${n}` })).data.itemId);
    const last = await ok(secretariat, 'agenda.add', { meetingId: 'k', title: 'Mục cuối' });
    // The hub process killed the instant the acknowledgement arrives: no shutdown, no flush; its supervisor too,
    // before it can restart it.
    process.kill(first.hubPid, 'SIGKILL');
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    secretariat.disconnect();

    const second = await spawnHub(dir.path);
    children.push(second.child);
    expect(second.passcode).toBeNull();
    // A tablet paired with the restarted hub reads the meeting (the passcode stays that of the first start).
    const { socket: reader } = await pairedDevice(second.url, first.passcode!);
    const opened = await ok(reader, 'meeting.open', { meetingId: 'k' });
    reader.disconnect();
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(opened.data.snapshot.revision).toBe(last.revision);
    expect(opened.data.snapshot.agendaItems.map((i) => i.id).sort()).toEqual([...items, last.data.itemId].sort());
  });

  it('stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const hub = await spawnHub(dir.path);
    children.push(hub.child);
    hub.child.kill('SIGTERM');
    const [code] = (await once(hub.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    // The stop reached the hub process too: it is gone, not orphaned.
    expect(() => process.kill(hub.hubPid, 0)).toThrow();
  });
});
