/**
 * How fast anyone may guess a secret. Two rules for each kind of secret:
 *
 * - per address, a first line: `perAddress.failures` wrong guesses within `perAddress.windowMs`, then that address
 *   waits for the oldest to leave the window;
 * - for the whole room, whatever the address (a hostile device can take any number of addresses): the first
 *   `global.free` wrong guesses within `global.windowMs` go through, then attempts are spaced out, the gap doubling
 *   with every further wrong guess (`firstDelayMs`, 2×, 4×… up to `maxDelayMs`).
 *
 * An attempt counts as a wrong guess from the moment it is admitted, before its secret is checked (hashing is
 * asynchronous): concurrent attempts cannot race past the budget. A right secret takes its count back.
 */

import type { SecretKind } from '../../shared/protocol/index.ts';

export type { SecretKind };

export interface GuessPolicy {
  perAddress: { failures: number; windowMs: number };
  global: { free: number; windowMs: number; firstDelayMs: number; maxDelayMs: number };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The numbers, per kind of secret. Passcodes have 12 digits (10^12), a pairing code 6 (10^6, and it is replaced after
 * `PAIRING_ROTATE_AFTER` wrong codes), badge short codes 40 bits per delegate. Once the free budget of the hour is
 * spent a room sees at most one wrong guess a minute (one every two minutes for the pairing code: about 700 a day
 * against a million codes), however many addresses guess.
 */
export const GUESS_POLICIES: Record<SecretKind, GuessPolicy> = {
  passcode: { perAddress: { failures: 5, windowMs: MINUTE }, global: { free: 20, windowMs: HOUR, firstDelayMs: 1_000, maxDelayMs: MINUTE } },
  pairing: { perAddress: { failures: 5, windowMs: MINUTE }, global: { free: 20, windowMs: HOUR, firstDelayMs: 2_000, maxDelayMs: 2 * MINUTE } },
  badge: { perAddress: { failures: 5, windowMs: MINUTE }, global: { free: 30, windowMs: HOUR, firstDelayMs: 1_000, maxDelayMs: MINUTE } },
};

/** Wrong pairing codes in total (any address) after which the code is replaced by a new one. */
export const PAIRING_ROTATE_AFTER = 10;

/** An admitted attempt: say how it ended. One left unsettled counts as wrong. */
export interface GuessAttempt {
  /** The secret was right: the attempt no longer counts against anyone. */
  succeeded(): void;
  /** The secret was wrong: the attempt keeps counting. */
  failed(): void;
}

export type GuessVerdict =
  | { ok: true; attempt: GuessAttempt }
  | { ok: false; scope: 'address' | 'room'; retryAfterMs: number };

/** Past this many addresses (or scopes) seen, the ones with nothing left in their window are forgotten. */
const MAX_TRACKED = 5_000;

interface Window {
  /** Times of the wrong (or still unchecked) attempts, oldest first. */
  marks: number[];
  /** When the last attempt was admitted (the room's spacing counts from it). */
  lastAdmitted: number;
}

/** Keeps the rules of one kind of secret; `scope` splits the room budget (badges: one per meeting). */
export class GuessGuard {
  private readonly policy: GuessPolicy;
  private readonly clock: () => number;
  private readonly rooms = new Map<string, Window>();
  private readonly addresses = new Map<string, Window>();

  constructor(policy: GuessPolicy, clock: () => number = Date.now) {
    this.policy = policy;
    this.clock = clock;
  }

  attempt(scope: string, address: string): GuessVerdict {
    const now = this.clock();
    const { perAddress, global } = this.policy;
    // Guessing from thousands of addresses must not grow the hub's memory without end.
    if (this.addresses.size > MAX_TRACKED) this.sweep(this.addresses, now, perAddress.windowMs);
    if (this.rooms.size > MAX_TRACKED) this.sweep(this.rooms, now, global.windowMs);
    const addressKey = `${scope}\u0000${address}`;
    const mine = this.window(this.addresses, addressKey, now, perAddress.windowMs);
    if (mine.marks.length >= perAddress.failures) {
      return { ok: false, scope: 'address', retryAfterMs: Math.max(1, mine.marks[0]! + perAddress.windowMs - now) };
    }
    const room = this.window(this.rooms, scope, now, global.windowMs);
    const over = room.marks.length - global.free;
    if (over >= 0) {
      const gap = Math.min(global.maxDelayMs, global.firstDelayMs * 2 ** Math.min(over, 30));
      const wait = room.lastAdmitted + gap - now;
      if (wait > 0) return { ok: false, scope: 'room', retryAfterMs: wait };
    }
    mine.marks.push(now);
    room.marks.push(now);
    room.lastAdmitted = now;
    this.addresses.set(addressKey, mine);
    this.rooms.set(scope, room);
    let settled = false;
    return {
      ok: true,
      attempt: {
        succeeded: () => {
          if (settled) return;
          settled = true;
          remove(mine.marks, now);
          remove(room.marks, now);
        },
        failed: () => {
          settled = true;
        },
      },
    };
  }

  private sweep(map: Map<string, Window>, now: number, windowMs: number): void {
    for (const key of [...map.keys()]) this.window(map, key, now, windowMs);
  }

  /** Drops what has left every window, so an address seen once is not kept for ever. */
  private window(map: Map<string, Window>, key: string, now: number, windowMs: number): Window {
    const held = map.get(key);
    if (!held) return { marks: [], lastAdmitted: -Infinity };
    while (held.marks.length > 0 && held.marks[0]! <= now - windowMs) held.marks.shift();
    if (held.marks.length === 0 && held.lastAdmitted <= now - windowMs) map.delete(key);
    return held;
  }
}

function remove(marks: number[], at: number): void {
  const i = marks.lastIndexOf(at);
  if (i >= 0) marks.splice(i, 1);
}

/** One guard per kind of secret, with the policies above (or others, in tests). */
export function createGuards(clock: () => number = Date.now, policies = GUESS_POLICIES): Record<SecretKind, GuessGuard> {
  return {
    passcode: new GuessGuard(policies.passcode, clock),
    pairing: new GuessGuard(policies.pairing, clock),
    badge: new GuessGuard(policies.badge, clock),
  };
}
