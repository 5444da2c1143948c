// The raw figures of a load run turned into measurements: each beside its bare baseline and the issue's target.
import { percentile } from './common.ts';
import { compared, type LoadScenario, type Measurement, spread } from './measure.ts';
import type { BareFigures } from './run-load.ts';
import type { BurstFigures, ConnectFigures, DownloadFigures, PushFigures, RoundFigures } from './phases.ts';

export interface HubFigures {
  tablets: number;
  idleRss: number;
  threadsIdle: number;
  signin?: ConnectFigures;
  /** The tablets that failed the timed sign-in, tried again one by one (25 at a time per worker). */
  signinRetry?: { retried: number; errors: string[] };
  /** GET /api/health every 100 ms during the timed sign-in. */
  signinHealth?: { latencies: number[]; unanswered: number; peakRss: number };
  /** Tablets following the meeting when the memory was read. */
  followingAtMemory?: number;
  preload?: { wallMs: number; tablets: number; reported: number; files: number; bytes: number; failed: string[]; hashFailed: number };
  rss?: number;
  peakRss?: number;
  threads?: number;
  /** RSS of the worker processes holding the simulated tablets and the staff (the clients' cost, not the hub's). */
  clientRss?: number;
  rounds?: RoundFigures;
  download?: DownloadFigures;
  burstBefore?: { present: number; revision: number };
  burst?: BurstFigures;
  burstAfter?: { present: number; revision: number; rows: number; distinct: number };
  pushes?: PushFigures;
  fleet: { connected: number; following: number; dropped: Record<string, number> };
}

const MB = 2 ** 20;
/** A few pushes a second at most (issue 12, "Done when"). */
export const MAX_PUSHES_PER_SECOND = 5;
/** The hub's Socket.IO pingTimeout: a longer stall and the tablets drop. */
const PING_TIMEOUT_MS = 8_000;

export const describeCounts = (dropped: Record<string, number>) =>
  Object.entries(dropped)
    .map(([reason, count]) => `${count} "${reason}"`)
    .join(', ');

/** The errors of many tablets, counted by message. */
function tally(errors: string[]): string {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([e, k]) => `${k} "${e}"`).join(', ');
}

function signin(n: number, hub: ConnectFigures, bare: ConnectFigures | null, retry: HubFigures['signinRetry'], health: HubFigures['signinHealth']): Measurement {
  const overflows = (f: ConnectFigures) => (f.listenOverflows > 0 ? `, the kernel dropping ${f.listenOverflows} connections at a full accept queue meanwhile` : '');
  const failed = hub.errors.length > 0 ? `; ${hub.errors.length} failed (${tally(hub.errors)})${overflows(hub)}` : '';
  const again = retry ? `, ${retry.retried - retry.errors.length} of them signed in on a second try, 25 at a time per worker${retry.errors.length ? ` (${tally(retry.errors)})` : ''}` : '';
  const bareDone = bare ? `; bare: ${bare.done} of ${n} connected${bare.errors.length ? ` (${tally(bare.errors)})` : ''}, p50/p99 ${spread(bare.perTablet).p50} / ${spread(bare.perTablet).p99} ms` : '';
  return compared(
    {
      scenario: 'signin',
      measure: `connect, pair, badge sign-in and open the meeting, all ${n} at once (first start to last open)`,
      tablets: n,
      unit: 'ms',
      value: hub.totalMs,
      ...spread(hub.perTablet),
      target: '≤ 3× the bare connect',
      note: `p50/p99: one tablet's own time${bareDone}${failed}${again}${health?.latencies.length ? `; /api/health's longest wait meanwhile ${Math.round(health.latencies.at(-1)!)} ms${health.unanswered ? `, ${health.unanswered} never answered` : ''}` : ''}`,
    },
    bare?.totalMs,
    (_, ratio) => (ratio === null ? null : ratio <= 3 && hub.errors.length === 0),
  );
}

function memory(f: HubFigures, bare: BareFigures | null): Measurement[] {
  const out: Measurement[] = [
    compared(
      { scenario: 'memory', measure: 'hub RSS idle (started, the congress on disk, no tablet)', tablets: 0, unit: 'MB', value: f.idleRss / MB, note: `${f.threadsIdle} threads` },
      bare ? bare.idleRss / MB : null,
      null,
    ),
  ];
  if (f.rss !== undefined) {
    out.push(
      compared(
        {
          scenario: 'memory',
          measure: `hub RSS with ${f.tablets} tablets connected, signed in and following`,
          tablets: f.tablets,
          unit: 'MB',
          value: f.rss / MB,
          target: '≤ 2.5× the bare relay and < 350 MB',
          note: `${f.followingAtMemory} tablets following then; peak ${Math.round((f.peakRss ?? 0) / MB)} MB during sign-in and preload; ${f.threads} threads; the clients' processes: ${Math.round((f.clientRss ?? 0) / MB)} MB`,
        },
        bare?.rss ? bare.rss / MB : null,
        (value, ratio) => (ratio === null ? (value < 350 ? null : false) : ratio <= 2.5 && value < 350),
      ),
    );
  }
  return out;
}

function currentItem(n: number, hub: RoundFigures, bare: RoundFigures | null): Measurement[] {
  const missing = hub.missing > 0 ? `; ${hub.missing} arrivals missing at tablets following the meeting` : '';
  const bareSpread = (values: number[]) => (bare ? `; bare p50/p99 ${spread(values).p50} / ${spread(values).p99} ms` : '');
  return [
    compared(
      {
        scenario: 'current-item',
        measure: `the chair sets the current item: the last of ${n} tablets has the push (p99 of ${hub.rounds} rounds)`,
        tablets: n,
        unit: 'ms',
        value: percentile(hub.lastTablet, 99),
        ...spread(hub.lastTablet),
        target: 'p99 ≤ 1.5× the bare broadcast and < 150 ms',
        note: `every tablet's arrival p50 ${percentile(hub.arrivals, 50).toFixed(1)} ms${bareSpread(bare?.lastTablet ?? [])}${missing}`,
      },
      bare ? percentile(bare.lastTablet, 99) : null,
      (value, ratio) => (ratio === null ? null : ratio <= 1.5 && value < 150 && hub.missing === 0),
    ),
    compared(
      {
        scenario: 'current-item',
        measure: "the chair's acknowledgement (median of the rounds)",
        tablets: n,
        unit: 'ms',
        value: percentile(hub.acks, 50),
        ...spread(hub.acks),
        target: '≤ 1.2× the bare broadcast',
        note: `bare: the relay acknowledges, then sends to every connection${bareSpread(bare?.acks ?? [])}`,
      },
      bare ? percentile(bare.acks, 50) : null,
      (_, ratio) => (ratio === null ? null : ratio <= 1.2),
    ),
  ];
}

function download(hub: DownloadFigures, bare: DownloadFigures | null): Measurement {
  const failed = hub.failed.length + hub.hashFailed > 0 ? `; ${hub.failed.length} failed (${hub.failed[0] ?? 'sha256'}), ${hub.hashFailed} sha256 mismatches` : '';
  return compared(
    {
      scenario: 'download',
      measure: `a 50 MB document to ${hub.tablets} tablets at once: throughput`,
      tablets: hub.tablets,
      unit: 'MB/s',
      value: hub.mbPerSecond,
      ...spread(hub.perTablet),
      target: '≥ 80% of a bare Node static file server',
      note: `${(hub.bytes / MB).toFixed(0)} MB in ${(hub.wallMs / 1000).toFixed(1)} s; p50/p99: one tablet's download, ms${failed}`,
    },
    bare?.mbPerSecond,
    (_, ratio) => (ratio === null ? null : ratio >= 0.8 && hub.failed.length === 0),
  );
}

function checkinBurst(f: HubFigures, bare: BareFigures | null, deskWindow: number): Measurement[] {
  const b = f.burst!;
  const p = f.pushes!;
  const after = f.burstAfter!;
  const n = b.sent;
  const written = after.present - (f.burstBefore?.present ?? 0);
  const health = b.health;
  const maxStall = health && health.latencies.length > 0 ? health.latencies.at(-1)! : NaN;
  const drops = Object.values(p.dropped).reduce((s, v) => s + v, 0);
  return [
    compared(
      {
        scenario: 'checkin-burst',
        measure: `${n} check-ins at once from 10 desks (${deskWindow} in flight each), every tablet following: the last acknowledgement`,
        tablets: f.tablets,
        unit: 'ms',
        value: b.lastAckMs,
        ...spread(b.latencies),
        target: '≤ 3× the bare group commit',
        note: `${b.acked < n ? `the last of the ${b.acked} that arrived; ` : ''}p50/p99: one scan's round trip; bare: the same scans as rows, one transaction per turn of the event loop (WAL, synchronous=FULL)`,
      },
      bare?.burst?.lastAckMs,
      (_, ratio) => (ratio === null ? null : ratio <= 3),
    ),
    compared(
      {
        scenario: 'checkin-burst',
        measure: 'acknowledgements that never arrived / tablets and desks that dropped',
        tablets: f.tablets,
        unit: 'count',
        value: n - b.acked + drops + b.desksDropped.length,
        target: 'none',
        note: `${n - b.acked} of ${n} acks missing${Object.keys(b.refused).length ? ` (${describeCounts(b.refused)}: no_ack sent and never answered, not_sent after the desk dropped)` : ''}; ${drops} tablets dropped${drops ? ` (${describeCounts(p.dropped)})` : ''}; ${b.desksDropped.length} desks dropped`,
      },
      null,
      (value) => value === 0,
    ),
    compared(
      {
        scenario: 'checkin-burst',
        measure: 'counts: delegates present on the hub after the burst',
        tablets: f.tablets,
        unit: 'count',
        value: written,
        target: `exactly ${n}, and every tablet's view the same`,
        note: `${after.rows} attendance rows, ${after.distinct} distinct; ${new Set(b.delegateIds).size} distinct delegates acknowledged (${JSON.stringify(b.outcomes)}); tablets whose screen counts ${after.present} present: ${p.viewsExact} of ${p.viewsCounting}; ${p.behind} tablets short of the last revision, ${p.gaps} revision gaps`,
      },
      null,
      () => written === n && after.rows === after.distinct && new Set(b.delegateIds).size === b.acked && p.behind === 0 && p.viewsExact === p.viewsCounting,
    ),
    compared(
      {
        scenario: 'checkin-burst',
        measure: 'pushes a tablet received in its busiest second',
        tablets: f.tablets,
        unit: 'pushes/s',
        value: p.maxPerSecond.at(-1) ?? NaN,
        ...spread(p.maxPerSecond),
        target: `a few a second at most (≤ ${MAX_PUSHES_PER_SECOND})`,
        note: `pushes per tablet during the burst: median ${percentile(p.pushes, 50)}, most ${p.pushes.at(-1)}`,
      },
      null,
      (value) => value <= MAX_PUSHES_PER_SECOND,
    ),
    compared(
      {
        scenario: 'checkin-burst',
        measure: 'GET /api/health every 100 ms during the burst: the longest wait (event-loop stall)',
        tablets: f.tablets,
        unit: 'ms',
        value: maxStall,
        ...(health ? spread(health.latencies) : {}),
        target: `never long enough to miss a ping (< ${PING_TIMEOUT_MS / 1000} s)`,
        note: `${health?.latencies.length ?? 0} probes answered, ${health?.unanswered ?? 0} never; hub peak RSS in the burst ${Math.round((health?.peakRss ?? 0) / MB)} MB`,
      },
      null,
      (value) => value < PING_TIMEOUT_MS && (health?.unanswered ?? 0) === 0,
    ),
  ];
}

/** Every measurement the figures hold, for the scenarios asked (sign-in and memory come along with any of them). */
export function hubMeasurements(f: HubFigures, bare: BareFigures | null, o: { scenarios: Set<LoadScenario>; deskWindow: number }): Measurement[] {
  const out: Measurement[] = [];
  if (f.signin) out.push(signin(f.tablets, f.signin, bare?.connect ?? null, f.signinRetry, f.signinHealth));
  if (f.preload) {
    const pl = f.preload;
    out.push(
      compared(
        {
          scenario: 'preload',
          measure: `every tablet fetches the small documents it may read (sha256 checked) and reports them`,
          tablets: pl.tablets,
          unit: 'ms',
          value: pl.wallMs,
          note: `${pl.files} files, ${(pl.bytes / MB).toFixed(0)} MB; ${pl.reported} reports acknowledged; ${pl.failed.length + pl.hashFailed} failures${pl.failed[0] ? ` (${pl.failed[0]})` : ''}`,
        },
        null,
        null,
      ),
    );
  }
  if (o.scenarios.has('memory') || f.rss !== undefined) out.push(...memory(f, bare));
  if (f.rounds) out.push(...currentItem(f.tablets, f.rounds, bare?.rounds ?? null));
  if (f.download) out.push(download(f.download, bare?.download ?? null));
  if (f.burst && f.pushes && f.burstAfter) out.push(...checkinBurst(f, bare, o.deskWindow));
  return out;
}
