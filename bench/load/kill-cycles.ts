// `--kill-cycles <k>`: the hub is killed with SIGKILL in the middle of a check-in burst, k times. After each restart
// (same data folder, same port, as its supervisor restarts it) every check-in a desk saw acknowledged must be there,
// and none twice, and every tablet (when the fleet is given) comes back by itself and catches up. First one burst
// without a kill, which also gives the burst's length to aim the kills at.
import { now, sleep } from './common.ts';
import { type Fleet, STAFF_WORKER } from './fleet.ts';
import { type ServerChild, startHubProcess } from './hub-process.ts';
import { forkChild } from './ipc.ts';
import { compared, type Measurement, spread } from './measure.ts';
import { attendanceOf, type Congress } from './setup.ts';

export interface KillCycle {
  cycle: number;
  killedAfterMs: number;
  sent: number;
  acked: number;
  /** Present after the restart. */
  present: number;
  /** Acknowledged check-ins not there after the restart. */
  missing: number;
  /** Attendance rows beyond one per delegate. */
  duplicates: number;
  restartMs: number;
  /** Tablets signed in before the kill / following again at the hub's revision after the restart; null: no tablets. */
  tablets: number | null;
  tabletsBack: number | null;
  /** From the restart until the last tablet was back and caught up. */
  resumeMs: number | null;
}

interface BurstResult {
  t0: number;
  sent: number;
  acked: number;
  lastAck: number | null;
  delegateIds: string[];
  latencies: number[];
}

export async function runKillCycles(o: {
  dataDir: string;
  passcode: string;
  congress: Congress;
  cycles: number;
  deskWindow: number;
  servers: ServerChild[];
  /** The port to run the hub on (the tablets' address); 0: any. */
  port: number;
  /** Signed-in tablets that come back by themselves after each restart (`resumeOnDrop`); null: none. */
  fleet: Fleet | null;
  log: (line: string) => void;
  emit: (m: Measurement) => void;
}): Promise<KillCycle[]> {
  const { meetingId, deskSecrets, chairSecret } = o.congress;
  const tokens = o.congress.delegates.map((d) => d.badge);
  const staff = forkChild(STAFF_WORKER, []);
  let hub = await startHubProcess({ dataDir: o.dataDir, port: o.port });
  o.servers.push(hub);
  const port = Number(new URL(hub.url).port);
  /** Waits until every tablet follows again at the hub's revision; how many did, and when the last did. */
  const tabletsBack = async (revision: number, presentExpected: number) => {
    if (!o.fleet) return null;
    const parts = await o.fleet.all<{ tablets: number; back: number; exact: number }>('resumed', { revision, presentExpected, timeoutMs: 90_000 }, 120_000);
    return { tablets: parts.reduce((n, p) => n + p.tablets, 0), back: parts.reduce((n, p) => n + p.back, 0), exact: parts.reduce((n, p) => n + p.exact, 0), at: now() };
  };
  const cycles: KillCycle[] = [];
  try {
    await staff.call('initHub', { url: hub.url, meetingId, chairSecret, deskSecrets, timeoutMs: 60_000 }, 120_000);
    const everyoneOut = async () => {
      const { present } = await attendanceOf(hub.url, o.passcode, meetingId);
      if (present.length === 0) return;
      const r = await staff.call<{ ok: number; refused: string[] }>('checkout', { delegateIds: present, timeoutMs: 60_000 }, 120_000);
      if (r.ok !== present.length) throw new Error(`checking ${present.length} delegates out: ${r.ok} acknowledged (${r.refused.join(', ')})`);
    };
    const burst = () => staff.call<BurstResult>('burst', { tokens, window: o.deskWindow, timeoutMs: 60_000 }, 90_000);

    // The burst with nobody following: how long the kills have to land in.
    await everyoneOut();
    const calm = await burst();
    const calmMs = calm.lastAck === null ? NaN : calm.lastAck - calm.t0;
    if (calm.acked !== tokens.length) throw new Error(`the burst without tablets: ${calm.acked} of ${tokens.length} acknowledged`);
    o.emit(
      compared(
        {
          scenario: 'checkin-burst',
          measure: `${tokens.length} check-ins at once from 10 desks, no tablet following: the last acknowledgement`,
          tablets: 0,
          unit: 'ms',
          value: calmMs,
          ...spread(calm.latencies),
          note: 'measured before the kill cycles, on a hub restarted without a CPU profile',
        },
        null,
        null,
      ),
    );

    for (let cycle = 1; cycle <= o.cycles; cycle++) {
      await everyoneOut();
      // Somewhere in the first two thirds of the burst's length without a kill (a kill can land after the end, then
      // every scan was acknowledged: the cycle still checks the restart).
      const killAfter = Math.round((0.05 + 0.6 * Math.random()) * (Number.isFinite(calmMs) ? calmMs : 1_000));
      const bursting = burst();
      await sleep(killAfter);
      hub.child.kill('SIGKILL');
      await hub.child.exited;
      const r = await bursting;
      const restarted = now();
      hub = await startHubProcess({ dataDir: o.dataDir, port });
      o.servers.push(hub);
      const restartMs = now() - restarted;
      await staff.call('resumeHub', { url: hub.url, timeoutMs: 30_000 }, 60_000);
      const after = await attendanceOf(hub.url, o.passcode, meetingId);
      const present = new Set(after.present);
      const back = await tabletsBack(after.revision, present.size);
      const c: KillCycle = {
        cycle,
        killedAfterMs: killAfter,
        sent: r.sent,
        acked: r.acked,
        present: present.size,
        missing: r.delegateIds.filter((id) => !present.has(id)).length,
        duplicates: after.rows - after.distinct,
        restartMs,
        tablets: back?.tablets ?? null,
        tabletsBack: back ? Math.min(back.back, back.exact) : null,
        resumeMs: back ? back.at - restarted : null,
      };
      cycles.push(c);
      o.log(`kill cycle ${cycle}: killed after ${killAfter} ms, ${c.acked} acknowledged, ${c.present} present after the restart, ${c.missing} missing, ${c.duplicates} twice${back ? `; ${c.tabletsBack} of ${c.tablets} tablets back and counting ${present.size} present, the last ${Math.round(c.resumeMs!)} ms after the restart` : ''}`);
    }
    const lost = cycles.reduce((n, c) => n + c.missing + c.duplicates, 0);
    o.emit(
      compared(
        {
          scenario: 'kill-cycles',
          measure: `${o.cycles} SIGKILLs of the hub mid-burst: acknowledged check-ins missing or doubled after the restart`,
          tablets: 0,
          unit: 'count',
          value: lost,
          target: 'none',
          note: cycles.map((c) => `${c.acked}/${c.sent} acked → ${c.present} present`).join('; '),
        },
        null,
        (value) => value === 0,
      ),
    );
    if (o.fleet) {
      const missing = cycles.reduce((n, c) => n + (c.tablets! - c.tabletsBack!), 0);
      const resumeMs = cycles.map((c) => c.resumeMs!).sort((a, b) => a - b);
      o.emit(
        compared(
          {
            scenario: 'kill-cycles',
            measure: `after each of ${o.cycles} restarts: tablets that did not come back by themselves, following at the hub's revision with the right count`,
            tablets: cycles[0]?.tablets ?? 0,
            unit: 'count',
            value: missing,
            ...spread(resumeMs),
            target: 'none',
            note: `p50/p99: from the restart until the last tablet was back, ms; restart itself p50 ${Math.round(spread(cycles.map((c) => c.restartMs)).p50 ?? NaN)} ms`,
          },
          null,
          (value) => value === 0,
        ),
      );
    }
    return cycles;
  } finally {
    staff.kill();
    await hub.stop().catch(() => undefined);
  }
}
