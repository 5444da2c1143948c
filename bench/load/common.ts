// Small pieces shared by the load generator's processes (coordinator, tablet workers, staff worker, bare server).
// Nothing here loads the hub: a worker process holds socket.io-client and its tablets, nothing else.
import type { Socket } from 'socket.io-client';

/**
 * Wall-clock time in milliseconds with sub-millisecond resolution, comparable between processes of this machine
 * (each process's performance.timeOrigin is the same system clock): a chair's emit in one process and a tablet's
 * arrival in another are measured on one axis.
 */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The n-th loopback source address after 127.0.0.1 (n from 1 to 60,000): one per simulated tablet. */
export const loopback = (n: number): string => `127.0.${(n + 1) >> 8}.${(n + 1) & 255}`;

/** The p-th percentile of ascending numbers (nearest rank); NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function ascending(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

/** A command's acknowledgement as the hub sends it (docs/protocol.md, "Commands and their acknowledgements"). */
export type AckBody = { ok: true; revision: number | null; data: unknown } | { ok: false; code: string; message: string };

/** What a request that got no acknowledgement became: the connection dropped, or the time ran out. */
export type NoAck = { ok: false; code: 'no_ack'; message: string };

/**
 * Emits an event with an acknowledgement, bounded in time; a connection that drops meanwhile answers at once
 * (`no_ack`), so a burst never waits on acks that cannot come.
 */
export function request(socket: Socket, event: string, payload: unknown, ms: number): Promise<AckBody | NoAck> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: AckBody | NoAck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off('disconnect', dropped);
      resolve(answer);
    };
    const dropped = (reason: string) => done({ ok: false, code: 'no_ack', message: `connection dropped (${reason})` });
    const timer = setTimeout(() => done({ ok: false, code: 'no_ack', message: `no acknowledgement within ${ms} ms` }), ms);
    if (!socket.connected) return dropped('not connected');
    socket.once('disconnect', dropped);
    socket.emit(event, payload, (ack: AckBody) => done(ack));
  });
}

/** The data of an acknowledgement that must be `ok`; throws with the code otherwise. */
export function dataOf<T>(ack: AckBody | NoAck, what: string): T {
  if (!ack.ok) throw new Error(`${what} refused: ${ack.code} ${ack.message}`);
  return ack.data as T;
}

/** Runs `task` over `items` with at most `limit` at once; answers the results in order. */
export async function pool<I, O>(items: readonly I[], limit: number, task: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** The largest count of `times` (ms, ascending) that fall within any window of `windowMs`. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** The socket.io server options the hub uses (main/hub/socket.ts), so the bare relay pings the same way. */
export const HUB_PING = { pingInterval: 10_000, pingTimeout: 8_000 } as const;
