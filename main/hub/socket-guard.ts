// What keeps a Socket.IO listener from taking the hub down or filling its log: every listener runs inside a
// boundary that logs a throw as a hub bug (with its stack) and carries on, and what is logged about a client's
// events is clipped and limited per connection.
import type { ExtendedError } from 'socket.io';
import { clip, LogLimiter } from './log-safe.ts';
import type { Logger } from './logger.ts';
import { checkOrigin, type OwnAddresses } from './origin.ts';

/** `fn`, with any throw or rejection logged as a hub bug instead of reaching the process; `onError` runs after, with the same arguments. */
export function guarded<A extends unknown[]>(
  logger: Logger,
  what: string,
  fn: (...args: A) => unknown,
  onError?: (...args: A) => void,
): (...args: A) => void {
  const failed = (error: unknown, args: A) => {
    try {
      logger.error({ err: error, what }, 'a socket listener failed');
      onError?.(...args);
    } catch {
      // Nothing more can be done; the process goes on.
    }
  };
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => failed(error, args));
    } catch (error) {
      failed(error, args);
    }
  };
}

/**
 * A Socket.IO middleware refusing a handshake whose `Origin` is not one of the hub's (origin.ts): the client's
 * `connect_error` has `data: { code: 'forbidden', message }`. No Origin (a client that is not a browser) passes.
 */
export function originMiddleware(own: () => OwnAddresses) {
  return (socket: { handshake: { headers: Record<string, string | string[] | undefined> } }, next: (error?: ExtendedError) => void) => {
    const origin = socket.handshake.headers.origin;
    const host = socket.handshake.headers.host;
    const verdict = checkOrigin(typeof origin === 'string' ? origin : undefined, typeof host === 'string' ? host : undefined, own());
    if (verdict.ok) return next();
    const error = new Error(`forbidden: ${verdict.message}`) as ExtendedError;
    error.data = { code: 'forbidden', message: verdict.message };
    next(error);
  };
}

/** The log lines about one connection's events: client text clipped, and at most a burst per minute of each kind. */
export class EventLog {
  private readonly logger: Logger;
  private readonly limiter: LogLimiter;
  private readonly key: string;
  constructor(logger: Logger, limiter: LogLimiter, connectionKey: string) {
    this.logger = logger;
    this.limiter = limiter;
    this.key = connectionKey;
  }

  refused(event: string, fields: { code: string; role: string; deviceId: string | null }): void {
    const logged = this.limiter.take(`refused|${this.key}`);
    if (logged) this.logger.info({ event: clip(event), ...fields, ...logged }, 'command refused');
  }

  noAck(event: string, deviceId: string | null): void {
    const logged = this.limiter.take(`noack|${this.key}`);
    if (logged) this.logger.warn({ event: clip(event), deviceId, ...logged }, 'event sent without an acknowledgement callback; the answer was dropped');
  }
}
