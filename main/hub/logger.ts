import { join } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs: always to a daily-rotated file in <dataDir>/logs (kept 14 days), so the room's
 * technician can tell what happened; also to the console in readable lines when asked.
 */
export function createLogger(dataDir: string, toConsole: boolean): Logger {
  const targets: pino.TransportTargetOptions[] = [
    {
      target: 'pino-roll',
      level: 'info',
      options: { file: join(dataDir, 'logs', 'hub'), frequency: 'daily', mkdir: true, limit: { count: 14 }, dateFormat: 'yyyy-MM-dd' },
    },
  ];
  if (toConsole) {
    targets.push({
      target: 'pino-pretty',
      level: 'info',
      options: { destination: 1, colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true },
    });
  }
  return pino({ level: 'info', base: { service: 'hub' } }, pino.transport({ targets }));
}

/** Waits until the log transport has written everything (on shutdown). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
