import { describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/load/run-load.ts';
import type { Measurement } from '../../bench/load/measure.ts';

/**
 * The short form of the congress load run (bench/load/, `npm run bench -- --tablets 1500`): 150 simulated tablets in
 * two worker processes against a real hub in its own process; each pairs, signs in with its badge, opens the meeting
 * and preloads; the chair sets the current item; ten desks check every delegate in at once while every tablet follows.
 * Then the hub is killed with SIGKILL mid-burst three times: every acknowledged check-in is there after each restart,
 * none twice, and every tablet comes back by itself. No timing is asserted (timing lives in bench/README.md): every
 * answer arrived, nothing dropped, the counts are exact.
 */
describe('150 tablets through sign-in, the current item and a check-in burst', () => {
  it('signs every tablet in, reaches every tablet each round, and acknowledges and counts every check-in exactly', { timeout: 240_000 }, async () => {
    const measurements: Measurement[] = [];
    const outcome = await runLoad({
      tablets: 150,
      processes: 2,
      scenarios: ['signin', 'current-item', 'checkin-burst'],
      rounds: 5,
      deskWindow: 16,
      downloadTablets: 0,
      killCycles: 3,
      bare: false,
      profileDir: null,
      log: () => undefined,
      emit: (m) => measurements.push(m),
    });
    const f = outcome.hub;

    // Every tablet paired, signed in with its badge, opened the meeting, preloaded and reported.
    expect(f.signin?.errors).toEqual([]);
    expect(f.signin?.done).toBe(150);
    expect(f.signinRetry).toBeUndefined();
    expect(f.preload).toMatchObject({ tablets: 150, reported: 150, files: 150 * 2 + 100, failed: [], hashFailed: 0 });

    // Each of the chair's rounds reached every tablet; each was acknowledged.
    expect(f.rounds?.acks).toHaveLength(5);
    expect(f.rounds?.missing).toBe(0);
    expect(f.rounds?.arrivals).toHaveLength(5 * 150);

    // The burst: every scan acknowledged as a first check-in, each delegate once, nobody dropped.
    expect(f.burst).toMatchObject({ sent: 150, acked: 150, refused: {}, outcomes: { checked_in: 150 }, desksDropped: [] });
    expect(new Set(f.burst?.delegateIds).size).toBe(150);
    expect(f.burstAfter!.present - f.burstBefore!.present).toBe(150);
    expect(f.burstAfter!.rows).toBe(f.burstAfter!.distinct);
    // Every tablet reached the hub's last revision and its screen counts 150 present.
    expect(f.pushes).toMatchObject({ behind: 0, connected: 150, dropped: {} });
    expect(f.pushes!.viewsExact).toBe(f.pushes!.viewsCounting);
    expect(f.fleet).toEqual({ connected: 150, following: 150, dropped: {} });

    // One JSON-able measurement per figure, the burst's counts judged exact.
    expect(measurements.find((m) => m.measure.startsWith('counts:'))?.met).toBe(true);
    expect(measurements.find((m) => m.measure.startsWith('acknowledgements that never arrived'))?.value).toBe(0);

    // Three SIGKILLs mid-burst: nothing acknowledged lost or doubled, every tablet back by itself, caught up.
    expect(outcome.killCycles).toHaveLength(3);
    for (const c of outcome.killCycles) expect(c).toMatchObject({ missing: 0, duplicates: 0, tablets: 150, tabletsBack: 150 });
  });
});
