// This machine's own hub, run in a utility process and supervised (main/hub/supervisor.ts, shared with `npm run serve`).
import path from 'node:path';
import { describeEvent, describeExit, supervise, type Supervisor, type SupervisedChild } from '../hub/supervisor.ts';
import { hubArguments, isHubProcessMessage } from '../hub/process/hub-runner.ts';
import type { AppConfig } from './app-config.ts';
import type { AppDeps, HubChildLike } from './app-deps.ts';

export interface EmbeddedHub {
  supervisor: Supervisor;
  /** The first hub process: its ready message (waitForHub) is the app's start. */
  first: { child: HubChildLike; exited: Promise<number> };
}

/**
 * The hub runs supervised: a crash after it was up is restarted with back-off on the same port, so the window
 * (whose client reconnects by itself) finds it again; too many crashes in a short time end the app with a message.
 */
export function superviseHub(
  deps: Pick<AppDeps, 'forkHub' | 'distDir' | 'restartPolicy' | 'hubStopTimeoutMs'>,
  config: AppConfig,
  log: (line: string) => void,
): EmbeddedHub {
  let port = config.port;
  let lastCrash: string | null = null;
  let first: { child: HubChildLike; exited: Promise<number> } | null = null;
  const spawn = (attempt: number): SupervisedChild => {
    const args = hubArguments({ ...config, port, ...(lastCrash ? { restartedAfter: lastCrash } : {}) });
    const child = deps.forkHub(path.join(deps.distDir, 'hub-process.cjs'), args);
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code)));
    child.on('message', (message) => {
      if (!isHubProcessMessage(message) || message.type !== 'ready') return;
      supervisor.ready();
      port = Number(new URL(message.url).port) || port;
      if (attempt > 1) log(`hub is back at ${message.url}`);
    });
    first ??= { child, exited };
    return {
      exited: exited.then((code) => ({ code, signal: null })),
      stop: () => child.postMessage({ type: 'stop' }),
      kill: () => void child.kill(),
    };
  };
  const supervisor = supervise({
    spawn,
    policy: { ...deps.restartPolicy, stopTimeoutMs: deps.hubStopTimeoutMs ?? 5_000 },
    onEvent: (event) => {
      if (event.type === 'crashed') lastCrash = `hub crashed (${describeExit(event.exit)})`;
      const line = describeEvent(event);
      if (line) log(line);
    },
  });
  return { supervisor, first: first! };
}

export interface HubReady {
  url: string;
  roomUrls: string[];
  firstPasscode: string | null;
  /** The room CA's SHA-256 the app pins; null for a hub on plain HTTP. */
  fingerprint: string | null;
}

export function waitForHub(hub: HubChildLike, exited: Promise<number>, timeoutMs: number): Promise<HubReady> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the hub within ${timeoutMs / 1000} s`)), timeoutMs);
    hub.on('message', (message) => {
      if (!isHubProcessMessage(message)) return;
      clearTimeout(timer);
      if (message.type === 'ready') {
        resolve({ url: message.url, roomUrls: message.roomUrls ?? [message.url], firstPasscode: message.firstPasscode ?? null, fingerprint: message.fingerprint ?? null });
      }
      else reject(new Error(message.message));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the hub process exited with code ${code}`));
    });
  });
}
