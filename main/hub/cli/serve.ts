// `npm run serve`: the hub, headless, for a room server or the chair's machine.
import { Command } from 'commander';
import { DEFAULT_PORT, startHub } from '../index.ts';
import { failWith, parsePort, withDataOption } from '../../cli/program.ts';
import type { RunningHub } from '../api.ts';

export function printWelcome(hub: RunningHub, dataDir: string): void {
  const lines = [
    '',
    `Roundtable hub is running. Open ${hub.url}/ on this machine.`,
    ...hub.roomUrls.filter((u) => u !== hub.url).map((u) => `  From a tablet on the room network: ${u}/`),
    `  Data folder: ${dataDir}`,
  ];
  if (hub.firstPasscode) {
    lines.push(
      '',
      `  Admin passcode (shown only this once, keep it safe): ${hub.firstPasscode}`,
      '  The secretariat and the chair sign in with it; reset it with `npm run cli -- passcode reset`.',
    );
  }
  lines.push('  Stop with Ctrl+C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

/** Runs the hub until SIGINT or SIGTERM, then closes it cleanly (sockets, database, logs). */
export async function serve(options: { port: number; host: string; data: string; demo: boolean }): Promise<void> {
  let hub: RunningHub;
  try {
    hub = await startHub({ dataDir: options.data, port: options.port, host: options.host, seedDemo: options.demo });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') failWith(`port ${options.port} is already in use; pick another with --port.`);
    failWith(e.message);
  }
  const stop = (signal: string) => {
    process.stdout.write(`\n${signal}: stopping the hub…\n`);
    hub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // Handlers first: whoever reads the welcome may signal the very next instant.
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  printWelcome(hub, options.data);
}

export function serveCommand(): Command {
  return withDataOption(
    new Command('serve')
      .description('Start the room hub with the web client (headless).')
      .option('--port <n>', 'TCP port', parsePort, DEFAULT_PORT)
      .option('--host <addr>', 'address to listen on', '0.0.0.0')
      .option('--demo', 'load the demo meeting (id "demo") if the hub has no meeting yet', false),
  ).action((opts: { port: number; host: string; data: string; demo: boolean }) => serve(opts));
}

if (import.meta.main) {
  await serveCommand().name('roundtable serve').parseAsync(process.argv);
}
