import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/protocol/index.ts';
import { ok, send, signIn, tempDir } from '../support/hub.ts';
import { spawnHub } from '../support/spawn-hub.ts';
import { castId, reconnectTablet, votingRoom, type VotingTablet } from '../support/voting-room.ts';

/**
 * The hub (its own process, under `serve`) killed with SIGKILL in the middle of a burst of 60 votes, three times:
 * every vote acknowledged before the kill is there after the restart, and the tablets' retries (same castId) bring
 * the count to exactly 60, never more.
 */
const N = 60;
const CYCLES = 3;

describe('votes acknowledged before a SIGKILL', () => {
  const dir = tempDir();
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    dir.remove();
  });

  async function start() {
    const hub = await spawnHub(dir.path);
    children.push(hub.child);
    return hub;
  }
  async function kill(hub: Awaited<ReturnType<typeof spawnHub>>) {
    process.kill(hub.hubPid, 'SIGKILL');
    hub.child.kill('SIGKILL');
    await once(hub.child, 'exit');
  }

  it(`loses none in ${CYCLES} kill cycles`, { timeout: 240_000 }, async () => {
    let hub = await start();
    const passcode = hub.passcode!;
    const room = await votingRoom(hub.url, passcode, N, 'k');
    const { meetingId } = room;
    let tablets = room.tablets.map((t) => ({ ...t }));
    let chair = room.chair;
    room.secretariat.disconnect();

    const interrupted: number[] = [];
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const ballot = cycle % 2 === 1 ? 'secret' : 'named';
      const { motionId } = (await ok(chair, 'motion.create', { meetingId, title: `Vòng ${cycle}`, ballot, rule: 'moreYesThanNo' })).data;
      await ok(chair, 'motion.open', { meetingId, motionId });
      const ids = tablets.map(() => castId());
      const acked = new Set<string>();
      const state: { killing: Promise<void> | null } = { killing: null };
      // Every tablet within a tenth of a second; the hub is killed as the first acknowledgements come back, with the
      // rest in flight or not sent yet.
      const burst = tablets.map(async (t, i) => {
        await new Promise((r) => setTimeout(r, 2 * i));
        if (state.killing) return;
        return send(t.socket, 'motion.cast', { meetingId, motionId, castId: ids[i]!, answer: i % 3 === 0 ? 'no' : 'yes' }).then((ack: Ack<unknown>) => {
          if (!ack.ok) throw new Error(`cast refused: ${ack.code} ${ack.message}`);
          acked.add(t.delegateId);
          if (acked.size === 5 && !state.killing) state.killing = kill(hub);
        });
      });
      // Acks never sent (the hub died) leave their promises waiting: wait for the kill, not for them.
      while (!state.killing) await new Promise((r) => setTimeout(r, 5));
      await state.killing;
      const ackedBeforeKill = new Set(acked);
      void Promise.allSettled(burst);
      for (const t of tablets) t.socket.disconnect();
      chair.disconnect();

      hub = await start();
      chair = await signIn(hub.url, passcode, 'chair');
      tablets = await Promise.all(tablets.map(async (t) => ({ ...t, socket: await reconnectTablet(hub.url, t) })));
      const secretariat = await signIn(hub.url, passcode, 'secretariat');
      const kept = new Set((await ok(secretariat, 'motion.voters', { meetingId, motionId })).data.voters.map((v) => v.delegateId));
      // No acknowledged vote lost.
      for (const id of ackedBeforeKill) expect(kept.has(id), `cycle ${cycle}: ${id}'s acknowledged vote`).toBe(true);
      expect(ackedBeforeKill.size).toBeGreaterThanOrEqual(5);
      interrupted.push(kept.size);

      // Every tablet retries what it sent with the same castId: answered, never counted twice.
      const retries = await Promise.all(
        tablets.map((t: VotingTablet, i) => send(t.socket, 'motion.cast', { meetingId, motionId, castId: ids[i]!, answer: i % 3 === 0 ? 'no' : 'yes' })),
      );
      expect(retries.filter((a) => !a.ok)).toEqual([]);
      const { result } = (await ok(chair, 'motion.close', { meetingId, motionId })).data;
      expect(result).toMatchObject({ cast: N, yes: 40, no: 20, abstain: 0 });
      secretariat.disconnect();
    }
    // The kills did fall in the middle of bursts: votes were still to come when the hub died.
    expect(interrupted.some((n) => n < N), `votes on disk at each kill: ${interrupted.join(', ')}`).toBe(true);
    for (const t of tablets) t.socket.disconnect();
    chair.disconnect();
    await kill(hub);
  });
});
