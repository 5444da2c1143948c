// A congress on one machine (issue 12): n simulated tablets in worker processes against the hub in its own process,
// each figure beside the bare baseline measured in the same run. The congress is prepared on a first hub process,
// which is stopped; the bare server is measured; then the hub is started again on the same data (under
// `node --cpu-prof` when asked) and measured. Every child process is killed at the end, whatever happened.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopback, now, sleep } from './common.ts';
import { writeDocuments } from './documents.ts';
import { Fleet } from './fleet.ts';
import { memoryOf, type ServerChild, startBareServer, startHubProcess, threadsOf, watch } from './hub-process.ts';
import { killAll } from './ipc.ts';
import { runKillCycles, type KillCycle } from './kill-cycles.ts';
import type { LoadScenario, Measurement } from './measure.ts';
import {
  type BurstFigures,
  type ConnectFigures,
  type DownloadFigures,
  type RoundFigures,
  type Target,
  budgetFor,
  burst,
  chairRounds,
  connectAll,
  downloadAll,
  fleetStatus,
  pushesAfter,
  retryFailed,
} from './phases.ts';
import { newestProfile } from './profile.ts';
import { hubMeasurements, type HubFigures } from './report-figures.ts';
import { attendanceOf, pairingCode, setUpCongress } from './setup.ts';
import { runSoak, type SoakFigures } from './soak.ts';
import { soakMeasurements } from './soak-report.ts';
import { type BareVoteFigures, bareVote, runVote } from './vote.ts';
import { voteMeasurements } from './vote-report.ts';

export interface LoadOptions {
  tablets: number;
  processes: number;
  scenarios: readonly LoadScenario[];
  /** Rounds of the chair setting the current item. */
  rounds: number;
  /** Scans a desk keeps in flight during the burst. */
  deskWindow: number;
  /** Tablets downloading the 50 MB document at once (the presidium, at most 100). */
  downloadTablets: number;
  /** SIGKILLs of the hub mid-burst, after the measurements (0: none). */
  killCycles: number;
  /** Minutes of a meeting's traffic in the `soak` scenario (default 30). */
  soakMinutes?: number;
  /** Measure the bare baselines too (the test suite's short form does not). */
  bare: boolean;
  /** Folder for the hub's CPU profile (`node --cpu-prof`), kept after the run; null: no profile. */
  profileDir: string | null;
  log: (line: string) => void;
  emit: (m: Measurement) => void;
}

export interface BareFigures {
  idleRss: number;
  connect: ConnectFigures | null;
  rss: number | null;
  rounds: RoundFigures | null;
  burst: BurstFigures | null;
  download: DownloadFigures | null;
  vote: BareVoteFigures | null;
}

export interface LoadOutcome {
  measurements: Measurement[];
  hub: HubFigures;
  bare: BareFigures | null;
  killCycles: KillCycle[];
  soak: SoakFigures | null;
  /** The hub's CPU profile, and when each phase ran (ms after the hub process started). */
  profile: { file: string | null; phases: Record<string, { fromMs: number; toMs: number }> } | null;
}

const settleMs = 2_000;

export async function runLoad(o: LoadOptions): Promise<LoadOutcome> {
  const needs = new Set(o.scenarios);
  const wantsTablets = needs.has('signin') || needs.has('memory') || needs.has('current-item') || needs.has('checkin-burst') || needs.has('download') || needs.has('vote') || needs.has('soak');
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-load-'));
  const dataDir = join(dir, 'hub');
  const docsDir = join(dir, 'documents');
  mkdirSync(docsDir);
  const servers: ServerChild[] = [];
  let fleet: Fleet | null = null;
  const measurements: Measurement[] = [];
  const emit = (m: Measurement) => {
    measurements.push(m);
    o.emit(m);
  };
  try {
    const docs = writeDocuments(docsDir);
    o.log(`preparing a congress of ${o.tablets} delegates…`);
    const first = await startHubProcess({ dataDir, port: 0 });
    servers.push(first);
    const passcode = first.passcode;
    if (!passcode) throw new Error('the first start of the hub printed no admin passcode');
    const congress = await setUpCongress(first.url, passcode, o.tablets, docs);
    await first.stop();
    const specs = congress.delegates.map((d, i) => ({ index: i, address: loopback(i + 1), badge: d.badge, docs: d.docs }));
    fleet = await Fleet.start(o.processes, specs, congress.documents);
    const presidium = congress.delegates.flatMap((d, i) => (d.presidium ? [i] : [])).slice(0, o.downloadTablets);
    const big = congress.documents.at(-1)!;
    const tokens = congress.delegates.map((d) => d.badge);
    const padBytes = Math.max(0, congress.currentItemPushBytes - JSON.stringify({ seq: 1, pad: '' }).length);

    // ---- the bare baselines ----
    let bare: BareFigures | null = null;
    if (o.bare) {
      o.log('bare baselines…');
      const server = await startBareServer(docsDir);
      servers.push(server);
      const target: Target = { mode: 'bare', url: server.url, pid: server.child.pid, meetingId: 'bare', code: '' };
      await sleep(settleMs);
      bare = { idleRss: memoryOf(server.child.pid).rss, connect: null, rss: null, rounds: null, burst: null, download: null, vote: null };
      if (wantsTablets) {
        bare.connect = await connectAll(fleet, target);
        await sleep(settleMs);
        bare.rss = memoryOf(server.child.pid).rss;
      }
      if (needs.has('current-item') || needs.has('checkin-burst')) await fleet.staff.call('initBare', { url: server.url, desks: congress.deskSecrets.length, timeoutMs: 30_000 }, 60_000);
      if (needs.has('current-item')) bare.rounds = await chairRounds(fleet, target, o.rounds, { itemIds: [], padBytes });
      if (needs.has('vote')) bare.vote = await bareVote(fleet);
      await fleet.all('disconnect', {}, 30_000);
      if (needs.has('checkin-burst')) bare.burst = await burst(fleet, target, tokens, o.deskWindow, false);
      if (needs.has('download')) bare.download = await downloadAll(fleet, presidium, `${server.url}/file/${docs.big.name}`, big.sha256, false);
      await fleet.staff.call('close', {}, 10_000);
      await server.stop();
    }

    // ---- the hub ----
    o.log('the hub…');
    const hub = await startHubProcess({ dataDir, port: 0, cpuProfDir: o.profileDir });
    servers.push(hub);
    const hubStart = hub.forkedAt;
    const phases: Record<string, { fromMs: number; toMs: number }> = {};
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const fromMs = now() - hubStart;
      try {
        return await work();
      } finally {
        phases[name] = { fromMs, toMs: now() - hubStart };
      }
    };
    const code = await pairingCode(hub.url, passcode);
    const target: Target = { mode: 'hub', url: hub.url, pid: hub.child.pid, meetingId: congress.meetingId, code };
    await sleep(settleMs);
    const figures: HubFigures = { tablets: o.tablets, idleRss: memoryOf(hub.child.pid).rss, threadsIdle: threadsOf(hub.child.pid) } as HubFigures;
    if (wantsTablets) {
      figures.signin = await phase('signin', async () => {
        // The event loop during sign-in too: the longest /api/health wait.
        const watching = watch(hub.child.pid, `${hub.url}/api/health`, budgetFor(o.tablets) + 60_000);
        try {
          return await connectAll(fleet!, target);
        } finally {
          figures.signinHealth = await watching.stop();
        }
      });
      if (figures.signin.errors.length > 0) figures.signinRetry = await retryFailed(fleet, target);
      figures.preload = await phase('preload', async () => {
        const ms = 60_000 + o.tablets * 100;
        const parts = await fleet!.all<{ tablets: number; reported: number; reportErrors: string[]; started: number; lastEnd: number; bytes: number; count: number; failed: string[]; hashFailed: number }>(
          'preload',
          { url: hub.url, meetingId: congress.meetingId, timeoutMs: ms },
          ms + 15_000,
        );
        const started = Math.min(...parts.map((p) => p.started));
        return {
          wallMs: Math.max(...parts.map((p) => p.lastEnd)) - started,
          tablets: parts.reduce((n, p) => n + p.tablets, 0),
          reported: parts.reduce((n, p) => n + p.reported, 0),
          files: parts.reduce((n, p) => n + p.count, 0),
          bytes: parts.reduce((n, p) => n + p.bytes, 0),
          failed: parts.flatMap((p) => [...p.failed, ...p.reportErrors]).slice(0, 10),
          hashFailed: parts.reduce((n, p) => n + p.hashFailed, 0),
        };
      });
      await sleep(settleMs);
      const memory = memoryOf(hub.child.pid);
      figures.rss = memory.rss;
      figures.peakRss = memory.peak;
      figures.threads = threadsOf(hub.child.pid);
      figures.clientRss = fleet.pids().reduce((n, pid) => n + memoryOf(pid).rss, 0);
      figures.followingAtMemory = (await fleetStatus(fleet)).following;
    }
    if (needs.has('current-item') || needs.has('checkin-burst') || needs.has('vote') || needs.has('soak')) {
      await fleet.staff.call('initHub', { url: hub.url, meetingId: congress.meetingId, chairSecret: congress.chairSecret, deskSecrets: congress.deskSecrets, timeoutMs: 60_000 }, 120_000);
    }
    if (needs.has('current-item')) figures.rounds = await phase('current-item', () => chairRounds(fleet!, target, o.rounds, { itemIds: congress.itemIds, padBytes }));
    if (needs.has('download')) figures.download = await phase('download', () => downloadAll(fleet!, presidium, `${hub.url}/api/documents/${big.sha256}`, big.sha256, true));
    if (needs.has('checkin-burst')) {
      const before = await attendanceOf(hub.url, passcode, congress.meetingId);
      figures.burstBefore = { present: before.present.length, revision: before.revision };
      await fleet.all('record', { arrivals: false }, 10_000);
      figures.burst = await phase('checkin-burst', () => burst(fleet!, target, tokens, o.deskWindow, true));
      const after = await attendanceOf(hub.url, passcode, congress.meetingId);
      figures.burstAfter = { present: after.present.length, revision: after.revision, rows: after.rows, distinct: after.distinct };
      figures.pushes = await pushesAfter(fleet, after.revision, after.present.length);
    }
    figures.fleet = wantsTablets ? await fleetStatus(fleet) : { connected: 0, following: 0, dropped: {} };
    for (const m of hubMeasurements(figures, bare, { scenarios: needs, deskWindow: o.deskWindow })) emit(m);
    if (needs.has('vote')) {
      const vote = await phase('vote', () => runVote({ fleet: fleet!, hub: { url: hub.url, pid: hub.child.pid }, passcode, congress, deskWindow: o.deskWindow, log: o.log }));
      for (const m of voteMeasurements(vote, bare?.vote ?? null)) emit(m);
    }
    const soak = needs.has('soak')
      ? await phase('soak', () => runSoak({ minutes: o.soakMinutes ?? 30, fleet: fleet!, hub: { url: hub.url, pid: hub.child.pid }, passcode, congress, deskWindow: o.deskWindow, log: o.log }))
      : null;
    if (soak) for (const m of soakMeasurements(soak)) emit(m);

    // The tablets stay for the kill cycles, told to come back by themselves, on the same port.
    const resuming = o.killCycles > 0 && wantsTablets;
    if (resuming) await fleet.all('resumeOnDrop', { url: hub.url, meetingId: congress.meetingId }, 10_000);
    else {
      await fleet.close();
      fleet = null;
    }
    await hub.stop();
    let killCycles: KillCycle[] = [];
    if (o.killCycles > 0) {
      o.log(`${o.killCycles} kill cycles…`);
      killCycles = await runKillCycles({
        dataDir,
        passcode,
        congress,
        cycles: o.killCycles,
        deskWindow: o.deskWindow,
        servers,
        port: resuming ? Number(new URL(hub.url).port) : 0,
        fleet: resuming ? fleet : null,
        log: o.log,
        emit,
      });
    }
    return {
      measurements,
      hub: figures,
      bare,
      killCycles,
      soak,
      profile: o.profileDir ? { file: newestProfile(o.profileDir), phases } : null,
    };
  } finally {
    await fleet?.close().catch(() => undefined);
    for (const s of servers) s.child.kill();
    killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
