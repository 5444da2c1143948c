import { once } from 'node:events';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { clipFields } from './log-safe.ts';
import { privateDir } from './private-files.ts';

export type { Logger };

/** Log files: a new one every day and every LOG_FILE_SIZE; LOG_FILES kept, so the logs never pass about 100 MB. */
export const LOG_FILE_SIZE = '5m';
export const LOG_FILES = 20;

const transports = new WeakMap<Logger, ReturnType<typeof pino.transport>>();

/**
 * Structured logs: always to a rotated file in <dataDir>/logs (readable by the hub's user only), so the room's
 * technician can tell what happened; also to the console in readable lines when asked. Both targets share one
 * worker thread; `closeLogger` ends it. Every string of every line is clipped (log-safe.ts).
 */
export function createLogger(dataDir: string, toConsole: boolean): Logger {
  const dir = privateDir(join(dataDir, 'logs'));
  const targets: pino.TransportTargetOptions[] = [
    {
      target: 'pino-roll',
      level: 'info',
      options: {
        file: join(dir, 'hub'),
        frequency: 'daily',
        size: LOG_FILE_SIZE,
        mkdir: true,
        mode: 0o600,
        // Counted over the folder, so files left by earlier runs (a restarted hub) count too.
        limit: { count: LOG_FILES, removeOtherLogFiles: true },
        dateFormat: 'yyyy-MM-dd',
      },
    },
  ];
  if (toConsole) {
    targets.push({
      target: 'pino-pretty',
      level: 'info',
      options: { destination: 1, colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true },
    });
  }
  const transport = pino.transport({ targets });
  // A logging failure (disk full, the thread gone, a line after closing) must not stop the hub: without a listener,
  // the transport's 'error' would be an uncaught exception. Said once on the console.
  let told = false;
  transport.on('error', (error: Error) => {
    if (told) return;
    told = true;
    process.stderr.write(`roundtable hub: the log file cannot be written (${error.message}); the hub goes on without it.\n`);
  });
  const logger = pino({ level: 'info', base: { service: 'hub' }, formatters: { log: (fields) => clipFields(fields) as Record<string, unknown> } }, transport);
  transports.set(logger, transport);
  return logger;
}

/** Waits until the log transport has written everything (before exiting on a crash). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/** Writes everything, then ends the logging thread (on shutdown: a process that opens hubs one after another keeps none). */
export async function closeLogger(logger: Logger, timeoutMs = 5_000): Promise<void> {
  await flushLogger(logger);
  const transport = transports.get(logger);
  if (!transport) return;
  transports.delete(logger);
  // Lines logged after closing (a late request, a socket closing) are dropped rather than sent to an ended thread.
  logger.level = 'silent';
  const closed = once(transport, 'close').then(() => undefined, () => undefined);
  transport.end();
  // A referenced timer: the logging thread is unreferenced, and a process with nothing else to do would otherwise
  // exit before the thread has said it closed.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}
