// The hub in a child process: how the parent (Electron's main process, or `serve`) passes its options (argv) and how
// the child reports back (parentPort messages). main/electron/hub-process.ts (Electron's utility process) and
// hub-child.ts (serve's forked child) wire this to the real startHub; tests inject fakes.
import type { HubOptions, RunningHub } from '../api.ts';

/** What the utility process posts to the main process. */
export type HubProcessMessage =
  | {
      type: 'ready';
      url: string;
      roomUrls: string[];
      firstPasscode: string | null;
      /** The room CA's SHA-256 (hex) the app pins, and the plain-HTTP page with the CA; null on plain HTTP. */
      fingerprint?: string | null;
      caUrl?: string | null;
    }
  | { type: 'error'; message: string };

/** What the main process posts to the utility process. */
export type HubControlMessage = { type: 'stop' };

export interface HubProcessOptions {
  dataDir: string;
  port: number;
  host: string;
  webRoot: string | null;
  seedDemo: boolean;
  /** How the previous hub process ended, when this one replaces it after a crash (for the hub log). */
  restartedAfter?: string;
  /** Plain HTTP, for a test room (HubOptions.insecureHttp). */
  insecureHttp?: boolean;
  /** The plain-HTTP port of the room CA page (HubOptions.caPort). */
  caPort?: number;
}

/**
 * V8 flags of the hub's process. A young generation of 8 MB a half (V8's default on this kind of machine is 16 MB or
 * more): a congress's sign-in allocates fast and briefly, and the default let the heap's committed size stay at three
 * times what was in use, 1,500 tablets costing the hub 400 MB; measured in bench/README.md.
 */
export const HUB_V8_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** argv for `utilityProcess.fork(hub-process.cjs, args)`. */
export function hubArguments(options: HubProcessOptions): string[] {
  const args = [`--data-dir=${options.dataDir}`, `--port=${options.port}`, `--host=${options.host}`];
  args.push(options.webRoot === null ? '--no-web-root' : `--web-root=${options.webRoot}`);
  if (options.seedDemo) args.push('--seed-demo');
  if (options.restartedAfter) args.push(`--restarted-after=${options.restartedAfter}`);
  if (options.insecureHttp) args.push('--insecure-http');
  if (options.caPort !== undefined) args.push(`--ca-port=${options.caPort}`);
  return args;
}

/** The inverse of hubArguments; throws on a missing data dir or a bad port. */
export function parseHubArguments(argv: readonly string[]): HubOptions {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dataDir = value('data-dir');
  if (!dataDir) throw new Error('hub-process: --data-dir=<folder> is required');
  const options: HubOptions = { dataDir, logToConsole: true, seedDemo: argv.includes('--seed-demo') };
  const portOf = (name: string) => {
    const text = value(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`hub-process: bad --${name}=${text}`);
    return n;
  };
  const port = portOf('port');
  if (port !== undefined) options.port = port;
  const caPort = portOf('ca-port');
  if (caPort !== undefined) options.caPort = caPort;
  if (argv.includes('--insecure-http')) options.insecureHttp = true;
  const host = value('host');
  if (host) options.host = host;
  const webRoot = value('web-root');
  if (argv.includes('--no-web-root')) options.webRoot = null;
  else if (webRoot) options.webRoot = webRoot;
  const restartedAfter = value('restarted-after');
  if (restartedAfter) options.restartedAfter = restartedAfter;
  return options;
}

/** The part of Electron's `process.parentPort` used here. */
export interface ParentPortLike {
  postMessage(message: HubProcessMessage): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

export interface HubProcessDeps {
  argv: readonly string[];
  parentPort: ParentPortLike | undefined;
  startHub: (options: HubOptions) => Promise<RunningHub>;
  exit: (code: number) => void;
  log?: (line: string) => void;
}

/**
 * Starts the hub, posts `ready` (or `error` and exits 1), and on `{ type: 'stop' }` closes the hub and exits 0.
 * Resolves once the hub is up (or has failed).
 */
export async function runHubProcess(deps: HubProcessDeps): Promise<void> {
  const log = deps.log ?? ((line: string) => console.error(line));
  const port = deps.parentPort;
  if (!port) {
    log('hub-process: no parentPort; this file runs only in an Electron utility process');
    deps.exit(2);
    return;
  }
  let hub: RunningHub;
  try {
    hub = await deps.startHub(parseHubArguments(deps.argv));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`hub-process: the hub did not start: ${message}`);
    port.postMessage({ type: 'error', message });
    deps.exit(1);
    return;
  }
  let stopping = false;
  port.on('message', ({ data }) => {
    if (stopping || !isStop(data)) return;
    stopping = true;
    hub.close().then(
      () => deps.exit(0),
      (error: unknown) => {
        log(`hub-process: closing the hub failed: ${String(error)}`);
        deps.exit(1);
      },
    );
  });
  port.postMessage({
    type: 'ready',
    url: hub.url,
    roomUrls: hub.roomUrls,
    firstPasscode: hub.firstPasscode,
    fingerprint: hub.tls?.fingerprint ?? null,
    caUrl: hub.tls?.caUrl ?? null,
  });
}

function isStop(data: unknown): data is HubControlMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'stop';
}

/** Narrows a message from the utility process. */
export function isHubProcessMessage(data: unknown): data is HubProcessMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'ready') return typeof message.url === 'string';
  if (message.type === 'error') return typeof message.message === 'string';
  return false;
}
