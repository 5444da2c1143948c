// The hub under load runs in its own process, as `npm run serve` runs it (main/hub/process/hub-child.ts, the same child
// the supervisor forks), so its memory and event loop are measured apart from the simulated tablets: RSS from
// /proc/<pid>/status, stalls as the latency of GET /api/health every 100 ms.
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { HUB_V8_FLAGS } from '../../main/hub/process/hub-runner.ts';
import { join } from 'node:path';
import { hubArguments } from '../../main/hub/process/hub-runner.ts';
import { now, sleep } from './common.ts';
import { type Child, forkChild } from './ipc.ts';

const HUB_CHILD = join(import.meta.dirname, '../../main/hub/process/hub-child.ts');
const BARE_SERVER = join(import.meta.dirname, 'bare-server.ts');

/** Resident and peak resident memory of a process, in bytes (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Threads of a process (the hub's logging threads, the thread pool…), from /proc. */
export function threadsOf(pid: number): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
}

/**
 * The kernel's count of connections dropped because a listening socket's accept queue was full (all processes:
 * read it just before and after a step), or NaN where /proc/net/netstat is not there.
 */
export function listenOverflows(): number {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const names = lines[i]!.split(/\s+/);
      const at = names.indexOf('ListenOverflows');
      if (at >= 0) return Number(lines[i + 1]!.split(/\s+/)[at]);
    }
  } catch {
    // Not Linux.
  }
  return NaN;
}

export interface ServerChild {
  child: Child;
  url: string;
  /** The admin passcode (a hub's first start only). */
  passcode: string | null;
  /** When the process was forked (ms, shared clock): a CPU profile's time 0, give or take Node's own start. */
  forkedAt: number;
  /** Stops it cleanly (a CPU profile is written then), or kills it after `ms`. */
  stop(ms?: number): Promise<void>;
}

/**
 * Starts a hub on 127.0.0.1 (`port` 0 picks one), its console log discarded (the file log is written as always).
 * With `cpuProfDir`, the hub runs under `node --cpu-prof` and writes its profile there when it stops.
 */
export async function startHubProcess(options: { dataDir: string; port: number; cpuProfDir?: string | null }): Promise<ServerChild> {
  // Plain HTTP, as the bare baselines beside it: the load measures the hub's own work, not TLS's.
  const args = hubArguments({ dataDir: options.dataDir, port: options.port, host: '127.0.0.1', webRoot: null, seedDemo: false, insecureHttp: true });
  // The flags `npm run serve` gives the hub's process, and a CPU profile when asked.
  const execArgv = [...HUB_V8_FLAGS, ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [])];
  const forkedAt = now();
  const child = forkChild(HUB_CHILD, args, { execArgv, quiet: true });
  const message = (await child.nextMessage(60_000)) as { type: string; url?: string; firstPasscode?: string | null; message?: string };
  if (message.type !== 'ready' || !message.url) {
    child.kill();
    throw new Error(`the hub did not start: ${message.message ?? JSON.stringify(message)}`);
  }
  return {
    child,
    url: message.url,
    passcode: message.firstPasscode ?? null,
    forkedAt,
    async stop(ms = 20_000) {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      child.process.send({ type: 'stop' });
      const stopped = await Promise.race([child.exited.then(() => true), sleep(ms).then(() => false)]);
      if (!stopped) {
        child.kill();
        await child.exited;
      }
    },
  };
}

/** Starts the bare baselines' server (bare-server.ts) serving the files of `folder`. */
export async function startBareServer(folder: string): Promise<ServerChild> {
  const forkedAt = now();
  const child = forkChild(BARE_SERVER, [folder]);
  const message = (await child.nextMessage(30_000)) as { type: string; url: string };
  return {
    child,
    url: message.url,
    passcode: null,
    forkedAt,
    async stop() {
      child.kill();
      await child.exited;
    },
  };
}

/** One GET, answering its latency in ms, or null if no answer came within `ms`. */
function probe(url: string, ms: number): Promise<number | null> {
  const start = now();
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? now() - start : null));
    });
    req.on('error', () => resolve(null));
    req.setTimeout(ms, () => {
      req.destroy();
      resolve(null);
    });
  });
}

export interface Watch {
  /** Stops watching; answers the health latencies (ms, ascending), probes left unanswered, and the peak RSS seen. */
  stop(): Promise<{ latencies: number[]; unanswered: number; peakRss: number }>;
}

/**
 * While a burst runs: GET `healthUrl` every 100 ms (one at a time: a probe that waits is the stall, measured whole)
 * and the process's RSS every 100 ms. Bounded by `maxMs` whatever happens.
 */
export function watch(pid: number, healthUrl: string | null, maxMs: number): Watch {
  let active = true;
  const latencies: number[] = [];
  let unanswered = 0;
  let peakRss = 0;
  const deadline = Date.now() + maxMs;
  const sampleRss = () => {
    try {
      peakRss = Math.max(peakRss, memoryOf(pid).rss);
    } catch {
      // The process is gone (a kill cycle).
    }
  };
  const rss = setInterval(sampleRss, 100);
  const probing = (async () => {
    while (active && healthUrl && Date.now() < deadline) {
      const started = Date.now();
      const latency = await probe(healthUrl, Math.max(1_000, deadline - Date.now()));
      if (latency === null) unanswered++;
      else latencies.push(latency);
      await sleep(Math.max(0, 100 - (Date.now() - started)));
    }
  })();
  return {
    async stop() {
      active = false;
      clearInterval(rss);
      sampleRss();
      await probing;
      return { latencies: latencies.sort((a, b) => a - b), unanswered, peakRss };
    },
  };
}
