// `npm run serve`: the hub, headless, for a room server or the chair's machine. The hub runs in a child process
// (main/hub/process/hub-child.ts) that this one supervises: restarted with back-off after a crash, stopped on SIGINT / SIGTERM.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Command } from 'commander';
import { HUB_V8_FLAGS, hubArguments, isHubProcessMessage } from '../hub/process/hub-runner.ts';
import { DEFAULT_PORT } from '../hub/index.ts';
import { cliHint, failWith, parsePort, withDataOption } from './program.ts';
import { webRootDefault } from '../hub/paths.ts';
import { describeEvent, describeExit, supervise, type SupervisedChild, type SupervisorOutcome } from '../hub/supervisor.ts';
import { spacedFingerprint } from '../hub/tls/room-tls.ts';

const CHILD = join(import.meta.dirname, '../hub/process/hub-child.ts');

export interface HubAddresses {
  url: string;
  roomUrls: string[];
  firstPasscode: string | null;
  fingerprint?: string | null;
  caUrl?: string | null;
}

export function printWelcome(hub: HubAddresses, dataDir: string, pid?: number): void {
  const lines = [
    '',
    `Roundtable hub is running. Open ${hub.url}/ on this machine.`,
    ...hub.roomUrls.filter((u) => u !== hub.url).map((u) => `  From a tablet on the room network: ${u}/`),
    `  Data folder: ${dataDir}`,
  ];
  if (hub.caUrl && hub.fingerprint) {
    lines.push(
      `  Tablets trust the room once: open ${hub.caUrl} on each (the room's certificate and the steps, Vietnamese and English).`,
      `  Room certificate SHA-256: ${spacedFingerprint(hub.fingerprint)}`,
    );
  } else {
    lines.push('  WARNING: plain HTTP (--insecure-http): documents and passcodes cross the network in clear text. For a test room only.');
  }
  if (pid !== undefined) lines.push(`  Hub process: pid ${pid}, restarted by this one if it crashes.`);
  if (hub.firstPasscode) {
    lines.push(
      '',
      `  Admin passcode (shown only this once, keep it safe): ${hub.firstPasscode}`,
      `  The secretariat signs in with it (and issues the other staff theirs); reset it with: ${cliHint('passcode reset', dataDir)}`,
    );
  }
  lines.push('  Stop with Ctrl+C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

const say = (line: string) => process.stdout.write(`roundtable: ${line}\n`);

/**
 * Runs the hub under supervision until SIGINT or SIGTERM (forwarded to it: it closes sockets, database and logs),
 * or until it crashes too often. Resolves once the hub first answers; exits the process when supervision ends.
 */
export interface ServeOptions {
  port: number;
  host: string;
  data: string;
  demo: boolean;
  /** Plain HTTP for a test room (--insecure-http). */
  insecureHttp?: boolean;
  /** The plain-HTTP port of the room CA page (--ca-port); default the port + 1 (80 beside 443). */
  caPort?: number;
}

export async function serve(options: ServeOptions): Promise<void> {
  // A hub started on port 0 picks one; a restarted hub takes the same, so tablets find it where it was.
  let port = options.port;
  let lastCrash: string | null = null;
  let startError: string | null = null;
  let stopSignal: NodeJS.Signals = 'SIGTERM';
  let firstReady!: () => void;
  const up = new Promise<void>((resolve) => (firstReady = resolve));
  let welcomed = false;

  const spawn = (): SupervisedChild => {
    const args = hubArguments({
      dataDir: options.data,
      port,
      host: options.host,
      webRoot: webRootDefault(),
      seedDemo: options.demo,
      ...(options.insecureHttp ? { insecureHttp: true } : {}),
      ...(options.caPort !== undefined ? { caPort: options.caPort } : {}),
      ...(lastCrash ? { restartedAfter: lastCrash } : {}),
    });
    const child = fork(CHILD, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...HUB_V8_FLAGS] });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      // Could not start the process at all (no exit follows).
      child.once('error', () => {
        if (child.pid === undefined) resolve({ code: null, signal: null });
      });
    });
    child.on('message', (message: unknown) => {
      if (!isHubProcessMessage(message)) return;
      if (message.type === 'error') {
        startError = message.message;
        return;
      }
      supervisor.ready();
      port = Number(new URL(message.url).port) || port;
      if (!welcomed) {
        welcomed = true;
        printWelcome(message, options.data, child.pid);
        firstReady();
      } else {
        say(`hub is back at ${message.url}/ (pid ${child.pid})`);
      }
    });
    return {
      exited,
      stop: () => void child.kill(stopSignal),
      kill: () => void child.kill('SIGKILL'),
    };
  };

  const supervisor = supervise({
    spawn,
    onEvent: (event) => {
      if (event.type === 'crashed') lastCrash = `hub crashed (${describeExit(event.exit)})`;
      const line = describeEvent(event);
      if (line) say(line);
    },
  });
  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`\n${signal}: stopping the hub…\n`);
    stopSignal = signal;
    supervisor.stop();
  };
  // Handlers first: whoever reads the welcome may signal the very next instant.
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  void supervisor.done.then((outcome) => finish(outcome, options.port, startError));
  await up;
}

function finish(outcome: SupervisorOutcome, port: number, startError: string | null): never {
  if (outcome.kind === 'stopped') process.exit(0);
  if (outcome.kind === 'failed-to-start') {
    const busy = startError ? /EADDRINUSE.*?:(\d+)\s*$/.exec(startError) : null;
    if (busy && busy[1] !== String(port)) failWith(`port ${busy[1]} (the room certificate page) is already in use; pick another with --ca-port.`);
    if (startError && /EADDRINUSE/.test(startError)) failWith(`port ${port} is already in use; pick another with --port.`);
    failWith(startError ?? `the hub did not start (${describeExit(outcome.exit)}).`);
  }
  failWith('the hub crashed too often; it is not restarted again (see the lines above and the hub log).');
}

export function serveCommand(): Command {
  return withDataOption(
    new Command('serve')
      .description('Start the room hub with the web client (headless), restarted if it crashes.')
      .option('--port <n>', 'TCP port', parsePort, DEFAULT_PORT)
      .option('--host <addr>', 'address to listen on', '0.0.0.0')
      .option('--demo', 'load the demo meeting (id "demo") if the hub has no meeting yet', false)
      .option('--ca-port <n>', "plain-HTTP port that hands out the room's certificate and redirects the rest to HTTPS (default: the port + 1; 80 beside 443)", parsePort)
      .option('--insecure-http', 'serve plain HTTP instead of HTTPS, for a test room only: every screen shows a warning', false),
  ).action((opts: ServeOptions) => serve(opts));
}

if (import.meta.main) {
  await serveCommand().name('roundtable serve').parseAsync(process.argv);
}
