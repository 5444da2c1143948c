import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import { endStream, lineStream, openLogFile, type LineOutput } from './log-file.ts';
import { clipFields } from './log-safe.ts';
import { privateDir } from './private-files.ts';

export type { Logger };

/** Log files: a new one every day and every LOG_FILE_BYTES; LOG_FILES kept, so the logs never pass about 100 MB. */
export const LOG_FILE_BYTES = 5 * 1024 * 1024;
export const LOG_FILES = 20;

const outputs = new WeakMap<Logger, LineOutput>();

/**
 * Structured logs: always to a rotated file in <dataDir>/logs (readable by the hub's user only), so the room's
 * technician can tell what happened; also to the console in readable lines when asked. Written from the hub's own
 * thread rather than a pino transport's worker: the hub logs a few lines a minute, too few to be worth a thread with
 * its own V8 heap (about 35 MB with pino-roll's date library), and the writes themselves are asynchronous.
 * Every string of every line is clipped (log-safe.ts).
 */
export function createLogger(dataDir: string, toConsole: boolean): Logger {
  // A logging failure (disk full, the folder gone) must not stop the hub: said once on the console, then the hub goes on.
  let told = false;
  const onError = (error: Error) => {
    if (told) return;
    told = true;
    process.stderr.write(`roundtable hub: the log file cannot be written (${error.message}); the hub goes on without it.\n`);
  };
  const dir = privateDir(join(dataDir, 'logs'));
  const outs: LineOutput[] = [openLogFile({ dir, name: 'hub', maxBytes: LOG_FILE_BYTES, keep: LOG_FILES }, onError)];
  if (toConsole) outs.push(consoleLines(onError));
  const output: LineOutput = {
    write: (line) => outs.forEach((out) => out.write(line)),
    flush: (done) => void Promise.all(outs.map((out) => new Promise<void>((resolve) => out.flush(resolve)))).then(done),
    end: async () => void (await Promise.all(outs.map((out) => out.end()))),
  };
  const logger = pino({ level: 'info', base: { service: 'hub' }, formatters: { log: (fields) => clipFields(fields) as Record<string, unknown> } }, output);
  outputs.set(logger, output);
  return logger;
}

/** Readable lines on stdout, written asynchronously like the file: a console that stops reading never blocks the hub. */
function consoleLines(onError: (error: Error) => void): LineOutput {
  const pretty = prettyFactory({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true });
  const stdout = lineStream(1, onError);
  let ended = false;
  return {
    write: (line) => {
      if (!ended) stdout.write(pretty(line));
    },
    flush: (done) => (ended ? done() : stdout.flush(() => done())),
    end: async () => {
      if (ended) return;
      ended = true;
      await endStream(stdout);
    },
  };
}

/** Waits until everything logged so far is written (before exiting on a crash). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/** Writes everything, then closes the log file (on shutdown: a process that opens hubs one after another keeps none open). */
export async function closeLogger(logger: Logger, timeoutMs = 5_000): Promise<void> {
  const output = outputs.get(logger);
  if (!output) return;
  outputs.delete(logger);
  // Lines logged after closing (a late request, a socket closing) are dropped rather than written to a closed file.
  logger.level = 'silent';
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([output.end(), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}
