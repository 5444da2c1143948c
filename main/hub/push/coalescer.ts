/** The clock and timers a coalescer runs on; tests give it fake ones. */
export interface CoalescerClock {
  now(): number;
  /** Runs `fn` after `ms`; 0: on the next turn of the event loop, after the answers already on their way. */
  after(ms: number, fn: () => void): { cancel(): void };
}

export const realClock: CoalescerClock = {
  now: () => performance.now(),
  after(ms, fn) {
    if (ms <= 0) {
      const handle = setImmediate(fn);
      return { cancel: () => clearImmediate(handle) };
    }
    const handle = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

export interface Coalescer<K, T> {
  /** `soon`: send on the next turn whatever the window, with what is already held (a chair's action is not a burst). */
  add(key: K, item: T, soon?: boolean): void;
  /** Sends everything held now (the hub stopping). */
  flushAll(): void;
  stop(): void;
}

/**
 * At most one flush per key and window: the first item after a quiet window goes out on the next turn of the event
 * loop (after the acknowledgements already being sent), later ones are merged and go out when the window has passed.
 * So a lone change reaches screens at once, and a burst (1,500 check-ins at the door) reaches each screen as a few
 * pushes a second, whatever its size. An item added `soon` (what the chair does) goes on the next turn all the same,
 * taking along what was held.
 */
export function createCoalescer<K, T, Held>(options: {
  windowMs: number;
  start(item: T): Held;
  merge(held: Held, item: T): void;
  flush(key: K, held: Held): void;
  onError(error: unknown): void;
  clock?: CoalescerClock;
}): Coalescer<K, T> {
  const clock = options.clock ?? realClock;
  const pending = new Map<K, { held: Held; timer: { cancel(): void }; soon: boolean }>();
  const lastFlush = new Map<K, number>();

  const fire = (key: K) => {
    const entry = pending.get(key);
    if (!entry) return;
    pending.delete(key);
    lastFlush.set(key, clock.now());
    try {
      options.flush(key, entry.held);
    } catch (error) {
      // A timer must never take the hub down; the screens catch up by revision.
      options.onError(error);
    }
  };

  return {
    add(key, item, soon = false) {
      const entry = pending.get(key);
      if (entry) {
        options.merge(entry.held, item);
        if (soon && !entry.soon) {
          entry.timer.cancel();
          entry.timer = clock.after(0, () => fire(key));
          entry.soon = true;
        }
        return;
      }
      const last = lastFlush.get(key);
      const wait = soon || last === undefined ? 0 : Math.max(0, last + options.windowMs - clock.now());
      pending.set(key, { held: options.start(item), timer: clock.after(wait, () => fire(key)), soon: wait === 0 });
    },
    flushAll() {
      for (const [key, entry] of [...pending]) {
        entry.timer.cancel();
        fire(key);
      }
    },
    stop() {
      for (const entry of pending.values()) entry.timer.cancel();
      pending.clear();
    },
  };
}
