// The steps of a load run, each against the hub or the bare server alike: all tablets connecting (and, on the hub,
// pairing, signing in and opening the meeting), the chair's rounds, a download to many tablets, a check-in burst.
// Each answers raw figures; run-load.ts turns them into measurements.
import { ascending, sleep } from './common.ts';
import type { Fleet } from './fleet.ts';
import { listenOverflows, type Watch, watch } from './hub-process.ts';
import { attendanceOf, type Congress } from './setup.ts';
import type { SignInTimes } from './tablet.ts';

export interface Target {
  mode: 'hub' | 'bare';
  url: string;
  pid: number;
  meetingId: string;
  code: string;
}

/** The time budget of a step that every tablet takes part in. */
export const budgetFor = (tablets: number) => 60_000 + tablets * 60;

export interface ConnectFigures {
  /** From the first tablet starting to the last one done (opened on the hub, connected on the bare relay), ms. */
  totalMs: number;
  perTablet: number[];
  done: number;
  errors: string[];
  /** Connections the kernel dropped meanwhile because an accept queue was full (the whole machine's count). */
  listenOverflows: number;
}

export async function connectAll(fleet: Fleet, target: Target): Promise<ConnectFigures> {
  const ms = budgetFor(fleet.size);
  const overflowsBefore = listenOverflows();
  const times = (await fleet.all<SignInTimes[]>('connect', { mode: target.mode, url: target.url, code: target.code, meetingId: target.meetingId, timeoutMs: ms }, ms + 15_000)).flat();
  const end = (t: SignInTimes) => (target.mode === 'hub' ? t.opened : t.connected);
  const done = times.filter((t) => end(t) !== null && t.error === null);
  const start = Math.min(...times.map((t) => t.start));
  return {
    totalMs: done.length > 0 ? Math.max(...done.map((t) => end(t)!)) - start : NaN,
    perTablet: ascending(done.map((t) => end(t)! - t.start)),
    done: done.length,
    errors: times.flatMap((t) => (t.error ? [t.error] : [])),
    listenOverflows: listenOverflows() - overflowsBefore,
  };
}

/** The tablets whose sign-in failed try once more (untimed), so that the later steps have every tablet. */
export async function retryFailed(fleet: Fleet, target: Target): Promise<{ retried: number; errors: string[] }> {
  const ms = budgetFor(fleet.size);
  const parts = await fleet.all<{ retried: number; errors: string[] }>('retry', { url: target.url, code: target.code, meetingId: target.meetingId, timeoutMs: ms, concurrency: 25 }, ms + 15_000);
  return { retried: parts.reduce((n, p) => n + p.retried, 0), errors: parts.flatMap((p) => p.errors) };
}

export interface RoundFigures {
  rounds: number;
  /** Per round, ms from the chair's emit: its ack, and the last tablet's arrival (ascending). */
  acks: number[];
  lastTablet: number[];
  /** Every tablet's arrival in every round, ms from the emit (ascending). */
  arrivals: number[];
  missing: number;
}

/** The chair sets the current item (or relays a payload of the same size), `rounds` times, 100 ms apart. */
export async function chairRounds(fleet: Fleet, target: Target, rounds: number, options: { itemIds: string[]; padBytes: number }): Promise<RoundFigures> {
  await fleet.all('record', { arrivals: true }, 10_000);
  const acks: number[] = [];
  const lastTablet: number[] = [];
  const arrivals: number[] = [];
  let missing = 0;
  for (let r = 0; r < rounds; r++) {
    const itemId = options.itemIds[(r + 1) % options.itemIds.length] ?? null;
    const round = await fleet.staff.call<{ t0: number; tAck: number; revision: number }>('chairRound', { itemId, seq: r + 1, padBytes: options.padBytes, timeoutMs: 30_000 }, 40_000);
    const got = await fleet.all<{ arrivals: number[]; missing: number }>('awaitRevision', { revision: round.revision, timeoutMs: 15_000 }, 25_000);
    const times = got.flatMap((g) => g.arrivals.map((a) => a - round.t0));
    missing += got.reduce((n, g) => n + g.missing, 0);
    acks.push(round.tAck - round.t0);
    if (times.length > 0) lastTablet.push(Math.max(...times));
    arrivals.push(...times);
    await sleep(100);
  }
  return { rounds, acks: ascending(acks), lastTablet: ascending(lastTablet), arrivals: ascending(arrivals), missing };
}

export interface DownloadFigures {
  tablets: number;
  bytes: number;
  /** From the first request to the last byte, ms. */
  wallMs: number;
  mbPerSecond: number;
  perTablet: number[];
  failed: string[];
  hashFailed: number;
}

/** The given tablets fetch one file at once over HTTP. */
export async function downloadAll(fleet: Fleet, tablets: number[], url: string, sha256: string, hub: boolean): Promise<DownloadFigures> {
  const ms = 300_000;
  const parts = await fleet.all<{ count: number; bytes: number; firstStart: number; lastEnd: number; durations: number[]; failed: string[]; hashFailed: number }>(
    'download',
    { tablets, url, sha256, hub, timeoutMs: ms },
    ms + 15_000,
  );
  const used = parts.filter((p) => p.count > 0);
  const bytes = used.reduce((n, p) => n + p.bytes, 0);
  const wallMs = Math.max(...used.map((p) => p.lastEnd)) - Math.min(...used.map((p) => p.firstStart));
  return {
    tablets: used.reduce((n, p) => n + p.count, 0),
    bytes,
    wallMs,
    mbPerSecond: bytes / 2 ** 20 / (wallMs / 1000),
    perTablet: ascending(used.flatMap((p) => p.durations)),
    failed: used.flatMap((p) => p.failed).slice(0, 10),
    hashFailed: used.reduce((n, p) => n + p.hashFailed, 0),
  };
}

export interface BurstFigures {
  sent: number;
  acked: number;
  /** From the desks' first scan to the last acknowledgement, ms. */
  lastAckMs: number;
  latencies: number[];
  refused: Record<string, number>;
  outcomes: Record<string, number>;
  delegateIds: string[];
  desksDropped: string[];
  /** On the hub: GET /api/health latencies during the burst (ms, ascending) and probes never answered. */
  health: { latencies: number[]; unanswered: number; peakRss: number } | null;
}

/** The ten desks scan these badges at once; the server's health and memory are watched meanwhile. */
export async function burst(fleet: Fleet, target: Target, tokens: string[], window: number, health: boolean): Promise<BurstFigures> {
  const ms = budgetFor(tokens.length);
  const watching: Watch = watch(target.pid, health ? `${target.url}/api/health` : null, ms + 60_000);
  let stopped: Awaited<ReturnType<Watch['stop']>> | null = null;
  try {
    const r = await fleet.staff.call<Omit<BurstFigures, 'lastAckMs' | 'health'> & { t0: number; lastAck: number | null }>('burst', { tokens, window, timeoutMs: ms }, ms + 15_000);
    stopped = await watching.stop();
    return { ...r, lastAckMs: r.lastAck === null ? NaN : r.lastAck - r.t0, health: health ? stopped : null };
  } finally {
    if (!stopped) await watching.stop();
  }
}

export interface PushFigures {
  /** Pushes each tablet received during the burst (ascending), and the most within any one second. */
  pushes: number[];
  maxPerSecond: number[];
  behind: number;
  gaps: number;
  viewsCounting: number;
  viewsExact: number;
  connected: number;
  dropped: Record<string, number>;
}

/** After a burst: waits until every tablet reached `revision` (bounded), then what each received. */
export async function pushesAfter(fleet: Fleet, revision: number, presentExpected: number): Promise<PushFigures> {
  const settled = await fleet.all<{ behind: number }>('settle', { revision, timeoutMs: 30_000 }, 40_000);
  const stats = await fleet.all<{ pushes: number[]; maxPerSecond: number[]; gaps: number; viewsCounting: number; viewsExact: number }>('pushStats', { presentExpected }, 30_000);
  const { connected, dropped } = await fleetStatus(fleet);
  return {
    pushes: ascending(stats.flatMap((s) => s.pushes)),
    maxPerSecond: ascending(stats.flatMap((s) => s.maxPerSecond)),
    behind: settled.reduce((n, s) => n + s.behind, 0),
    gaps: stats.reduce((n, s) => n + s.gaps, 0),
    viewsCounting: stats.reduce((n, s) => n + s.viewsCounting, 0),
    viewsExact: stats.reduce((n, s) => n + s.viewsExact, 0),
    connected,
    dropped,
  };
}

/** Connected tablets now, those following the meeting, and why the others dropped. */
export async function fleetStatus(fleet: Fleet): Promise<{ connected: number; following: number; dropped: Record<string, number> }> {
  const status = await fleet.all<{ connected: number; following: number; dropped: Record<string, number> }>('status', {}, 10_000);
  const dropped: Record<string, number> = {};
  for (const s of status) for (const [k, v] of Object.entries(s.dropped)) dropped[k] = (dropped[k] ?? 0) + v;
  return { connected: status.reduce((n, s) => n + s.connected, 0), following: status.reduce((n, s) => n + s.following, 0), dropped };
}

/**
 * A meeting under way: the desks check in whoever of the congress is not present yet (the burst scenario may have
 * checked everyone in already), untimed. Answers how many it checked in and how many are present then.
 */
export async function checkInAbsent(fleet: Fleet, o: { url: string; passcode: string; congress: Congress; deskWindow: number; log: (line: string) => void }): Promise<{ checkedIn: number; present: number }> {
  const { meetingId, delegates } = o.congress;
  const present = new Set((await attendanceOf(o.url, o.passcode, meetingId)).present);
  const absent = delegates.filter((d) => !present.has(d.delegateId)).map((d) => d.badge);
  if (absent.length > 0) {
    o.log(`checking in the ${absent.length} delegates not present yet…`);
    await fleet.staff.call('burst', { tokens: absent, window: o.deskWindow, timeoutMs: 120_000 }, 150_000);
  }
  return { checkedIn: absent.length, present: (await attendanceOf(o.url, o.passcode, meetingId)).present.length };
}
