// `--scenario soak` (issue 12: "memory stays bounded through a 30-minute soak of a meeting's traffic"). After sign-in
// and preload, `--soak-minutes` of a meeting's traffic against the same hub, each minute alike: the chair sets the
// current item every 5 s; the desks check a tenth of the delegates out and in again; a tenth of the tablets lose their
// connection and come back by themselves; a tenth fetch a small document again and report their preload. The hub's
// RSS is read every 10 s (soak-report.ts turns it and the counts into measurements). Every step is bounded in time.
import { now, sleep } from './common.ts';
import type { Fleet } from './fleet.ts';
import { memoryOf } from './hub-process.ts';
import { checkInAbsent } from './phases.ts';
import { attendanceOf, type Congress } from './setup.ts';

const MINUTE_MS = 60_000;
const SAMPLE_MS = 10_000;
const CHAIR_EVERY_MS = 5_000;
/** When in each minute the desks check the minute's delegates out and in again, the tablets drop, the others fetch. */
const AT = { checkout: 5_000, cut: 10_000, checkin: 25_000, refetch: 40_000 } as const;
/** A dropped tablet tries to come back for 60 s (tablet.ts, `resume`): a little longer to see whether it did. */
const BACK_WITHIN_MS = 70_000;
const STEP_MS = 30_000;

export interface SoakFigures {
  minutes: number;
  tablets: number;
  /** The hub's RSS every 10 s: ms since the traffic began, bytes. */
  samples: { atMs: number; rss: number }[];
  afterFirstMinute: number;
  atEnd: number;
  /** VmHWM at the end: the hub's peak since it started, sign-in and preload included. */
  highWater: number;
  /** Delegates checked in before the traffic began (the hall arrives), and present at the end. */
  presentAtStart: number;
  presentAtEnd: number;
  chair: { rounds: number; failed: number };
  attendance: { expected: number; checkedOut: number; checkedIn: number; outcomes: Record<string, number> };
  cuts: { chosen: number; cut: number; back: number; backMs: number[] };
  /** Tablets chosen to fetch again, those following then that did, their reports acknowledged, and those that failed. */
  refetch: { chosen: number; tablets: number; reported: number; failed: number };
  /** After the traffic: tablets signed in, following at the hub's revision, counting the hub's present. */
  settled: { signedIn: number; back: number; exact: number };
  /** Drops nobody caused, by reason (tablets), and the staff's. */
  drops: Record<string, number>;
  staffDropped: string[];
  /** The first few errors of the steps (a step that failed is counted and the soak goes on). */
  errors: string[];
}

/** A tenth of n, the minute's share; the slice of minute m starting at `offset` (wrapping), so that all take turns. */
export function tenth(n: number, m: number, offset: number): number[] {
  const k = Math.max(1, Math.round(n / 10));
  return Array.from({ length: k }, (_, j) => (offset + m * k + j) % n);
}

type BurstAnswer = { acked: number; outcomes: Record<string, number> };
type CutAnswer = { chosen: number; cut: number; back: number; backMs: number[] };
type RefetchAnswer = { tablets: number; reported: number; failures: number; errors: string[] };

export async function runSoak(o: {
  minutes: number;
  fleet: Fleet;
  hub: { url: string; pid: number };
  passcode: string;
  congress: Congress;
  deskWindow: number;
  log: (line: string) => void;
}): Promise<SoakFigures> {
  const { fleet, congress } = o;
  const { meetingId, itemIds } = congress;
  const n = congress.delegates.length;
  const f: SoakFigures = {
    minutes: o.minutes,
    tablets: n,
    samples: [],
    afterFirstMinute: NaN,
    atEnd: NaN,
    highWater: NaN,
    presentAtStart: 0,
    presentAtEnd: 0,
    chair: { rounds: 0, failed: 0 },
    attendance: { expected: 0, checkedOut: 0, checkedIn: 0, outcomes: {} },
    cuts: { chosen: 0, cut: 0, back: 0, backMs: [] },
    refetch: { chosen: 0, tablets: 0, reported: 0, failed: 0 },
    settled: { signedIn: 0, back: 0, exact: 0 },
    drops: {},
    staffDropped: [],
    errors: [],
  };
  const failed = (what: string) => (error: unknown) => {
    if (f.errors.length < 5) f.errors.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  };
  const scan = async (tokens: string[]) => {
    const r = await fleet.staff.call<BurstAnswer>('burst', { tokens, window: o.deskWindow, timeoutMs: STEP_MS }, STEP_MS + 15_000);
    for (const [outcome, k] of Object.entries(r.outcomes)) f.attendance.outcomes[outcome] = (f.attendance.outcomes[outcome] ?? 0) + k;
    return r.outcomes.checked_in ?? 0;
  };

  await fleet.all('resumeOnDrop', { url: o.hub.url, meetingId }, 10_000);
  await fleet.all('drops', { reset: true }, 10_000);
  // A meeting under way: the hall has arrived.
  f.presentAtStart = (await checkInAbsent(fleet, { url: o.hub.url, passcode: o.passcode, congress, deskWindow: o.deskWindow, log: o.log })).present;

  const t0 = now();
  const sample = () => {
    try {
      f.samples.push({ atMs: now() - t0, rss: memoryOf(o.hub.pid).rss });
    } catch {
      // The hub is gone: the soak's other figures say so.
    }
  };
  sample();
  const sampling = setInterval(sample, SAMPLE_MS);
  let round = 0;
  try {
    for (let m = 0; m < o.minutes; m++) {
      const start = now();
      const end = start + MINUTE_MS;
      const at = (ms: number) => sleep(Math.max(0, start + ms - now()));
      const chair = async () => {
        while (now() + CHAIR_EVERY_MS / 2 < end) {
          const next = now() + CHAIR_EVERY_MS;
          round++;
          const itemId = itemIds[round % itemIds.length];
          await fleet.staff.call('chairRound', { itemId, seq: round, padBytes: 0, timeoutMs: STEP_MS }, STEP_MS + 10_000).then(
            () => f.chair.rounds++,
            (e: unknown) => (f.chair.failed++, failed('the chair')(e)),
          );
          await sleep(Math.max(0, Math.min(next, end) - now()));
        }
      };
      const attendance = async () => {
        const out = tenth(n, m, 0).map((i) => congress.delegates[i]!);
        f.attendance.expected += out.length;
        await at(AT.checkout);
        const r = await fleet.staff.call<{ ok: number }>('checkout', { delegateIds: out.map((d) => d.delegateId), timeoutMs: STEP_MS }, STEP_MS + 15_000);
        f.attendance.checkedOut += r.ok;
        await at(AT.checkin);
        f.attendance.checkedIn += await scan(out.map((d) => d.badge));
      };
      const cuts = async () => {
        await at(AT.cut);
        const parts = await fleet.all<CutAnswer>('cut', { tablets: tenth(n, m, Math.floor(n / 3)), timeoutMs: BACK_WITHIN_MS }, BACK_WITHIN_MS + 15_000);
        for (const p of parts) {
          f.cuts.chosen += p.chosen;
          f.cuts.cut += p.cut;
          f.cuts.back += p.back;
          f.cuts.backMs.push(...p.backMs);
        }
      };
      const refetch = async () => {
        await at(AT.refetch);
        const chosen = tenth(n, m, Math.floor((2 * n) / 3));
        f.refetch.chosen += chosen.length;
        const parts = await fleet.all<RefetchAnswer>('refetch', { url: o.hub.url, meetingId, tablets: chosen, timeoutMs: STEP_MS }, STEP_MS + 15_000);
        for (const p of parts) {
          f.refetch.tablets += p.tablets;
          f.refetch.reported += p.reported;
          f.refetch.failed += p.failures;
          if (p.errors[0]) failed('a preload')(p.errors[0]);
        }
      };
      await Promise.all([chair(), attendance().catch(failed('the desks')), cuts().catch(failed('the drops')), refetch().catch(failed('the refetch'))]);
      await sleep(Math.max(0, end - now()));
      if (m === 0) f.afterFirstMinute = memoryOf(o.hub.pid).rss;
      o.log(`soak: minute ${m + 1} of ${o.minutes}, hub RSS ${Math.round(memoryOf(o.hub.pid).rss / 2 ** 20)} MB`);
    }
  } finally {
    clearInterval(sampling);
  }
  sample();
  const memory = memoryOf(o.hub.pid);
  f.atEnd = memory.rss;
  f.highWater = memory.peak;
  f.cuts.backMs.sort((a, b) => a - b);

  // Every tablet back, caught up, counting who is present; drops nobody caused; the staff still there.
  const after = await attendanceOf(o.hub.url, o.passcode, meetingId);
  f.presentAtEnd = after.present.length;
  const back = await fleet.all<{ tablets: number; back: number; exact: number }>('resumed', { revision: after.revision, presentExpected: after.present.length, timeoutMs: BACK_WITHIN_MS }, BACK_WITHIN_MS + 15_000);
  f.settled = { signedIn: back.reduce((s, p) => s + p.tablets, 0), back: back.reduce((s, p) => s + p.back, 0), exact: back.reduce((s, p) => s + p.exact, 0) };
  for (const part of await fleet.all<Record<string, number>>('drops', { reset: false }, 10_000)) {
    for (const [reason, k] of Object.entries(part)) f.drops[reason] = (f.drops[reason] ?? 0) + k;
  }
  const staff = await fleet.staff.call<{ chairDropped: string | null; desksDropped: string[] }>('status', {}, 10_000);
  f.staffDropped = [...(staff.chairDropped ? [`chair: ${staff.chairDropped}`] : []), ...staff.desksDropped.map((d) => `desk: ${d}`)];
  return f;
}
