// Keeps the hub running: the hub lives in a child process (a `serve` child, or Electron's utility process), and
// when that process dies the supervisor starts a new one after a pause that doubles with each crash, until too many
// crashes in a short time say that restarting will not help. A stop that was asked for is never a crash.
// How a child is started and how time passes are passed in, so the policy is unit-tested without processes.

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ChildExit {
  code: number | null;
  signal: string | null;
}

export interface SupervisedChild {
  /** Settles once, when the process has ended. */
  readonly exited: Promise<ChildExit>;
  /** Asks it to stop cleanly (a signal forwarded, or a stop message). */
  stop(): void;
  /** Ends it at once (a child that does not stop in time). */
  kill(): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface RestartPolicy {
  /** The pause before the first restart; each crash within `windowMs` doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** More crashes than this within `windowMs`: give up. */
  maxCrashes: number;
  windowMs: number;
  /** How long a stopping child has before it is killed. */
  stopTimeoutMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxCrashes: 5,
  windowMs: 5 * 60_000,
  stopTimeoutMs: 10_000,
};

export type SupervisorEvent =
  | { type: 'started'; attempt: number }
  | { type: 'crashed'; exit: ChildExit; restartInMs: number; crashes: number }
  | { type: 'gave-up'; exit: ChildExit; crashes: number; windowMs: number }
  | { type: 'killed'; afterMs: number };

export type SupervisorOutcome =
  /** Stopped as asked, or ended cleanly (exit code 0) by itself. */
  | { kind: 'stopped'; exit: ChildExit }
  /** The first child failed before it was ever ready: a setup problem (port taken, bad data folder) restarts will not fix. */
  | { kind: 'failed-to-start'; exit: ChildExit }
  | { kind: 'gave-up'; exit: ChildExit; crashes: number };

export interface Supervisor {
  readonly done: Promise<SupervisorOutcome>;
  /** The current child says it is up (from then on, a crash is restarted). */
  ready(): void;
  /** Stops the current child (or the pending restart); no restart follows. */
  stop(): void;
  /** Kills the current child at once (it never answered); no restart follows. */
  kill(): void;
}

/** The pause before restarting after the `crashes`-th crash in the window: first, 2×first, 4×first… at most max. */
export function restartDelay(crashes: number, policy: Pick<RestartPolicy, 'firstDelayMs' | 'maxDelayMs'>): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, Math.min(crashes - 1, 30)));
}

/** "exit code 1, signal none" */
export function describeExit(exit: ChildExit): string {
  return `exit code ${exit.code ?? 'none'}, signal ${exit.signal ?? 'none'}`;
}

/** The line the console and the log get for each event. */
export function describeEvent(event: SupervisorEvent): string | null {
  switch (event.type) {
    case 'started':
      return event.attempt === 1 ? null : `hub restarted (attempt ${event.attempt})`;
    case 'crashed':
      return `hub crashed (${describeExit(event.exit)}); restarting in ${formatSeconds(event.restartInMs)}`;
    case 'gave-up':
      return `hub crashed ${event.crashes} times within ${formatSeconds(event.windowMs)} (last: ${describeExit(event.exit)}); giving up: restarting it again would not help. Read the hub log, fix the cause, then start it again.`;
    case 'killed':
      return `hub did not stop within ${formatSeconds(event.afterMs)}; killed it`;
  }
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export function supervise(options: {
  spawn: (attempt: number) => SupervisedChild;
  policy?: Partial<RestartPolicy>;
  clock?: Clock;
  onEvent?: (event: SupervisorEvent) => void;
}): Supervisor {
  const policy = { ...DEFAULT_RESTART_POLICY, ...options.policy };
  const clock = options.clock ?? realClock;
  const emit = (event: SupervisorEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A failing reporter must not stop the supervision.
    }
  };
  let finish!: (outcome: SupervisorOutcome) => void;
  const done = new Promise<SupervisorOutcome>((resolve) => (finish = resolve));
  let attempt = 0;
  let child: SupervisedChild | null = null;
  let everReady = false;
  let stopping = false;
  let finished = false;
  let pending: unknown = null;
  let killTimer: unknown = null;
  const crashes: number[] = [];

  const end = (outcome: SupervisorOutcome) => {
    if (finished) return;
    finished = true;
    if (killTimer !== null) clock.clearTimeout(killTimer);
    finish(outcome);
  };

  const start = () => {
    pending = null;
    attempt += 1;
    let current: SupervisedChild;
    try {
      current = options.spawn(attempt);
    } catch {
      // Could not even start a process: treated like a child that died at once.
      return exited(null, { code: null, signal: null });
    }
    child = current;
    emit({ type: 'started', attempt });
    void current.exited.then((exit) => exited(current, exit));
  };

  const exited = (which: SupervisedChild | null, exit: ChildExit) => {
    if (which !== null && which !== child) return;
    child = null;
    if (stopping || (exit.code === 0 && exit.signal === null)) return end({ kind: 'stopped', exit });
    if (!everReady) return end({ kind: 'failed-to-start', exit });
    const now = clock.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0]! <= now - policy.windowMs) crashes.shift();
    if (crashes.length > policy.maxCrashes) {
      emit({ type: 'gave-up', exit, crashes: crashes.length, windowMs: policy.windowMs });
      return end({ kind: 'gave-up', exit, crashes: crashes.length });
    }
    const delay = restartDelay(crashes.length, policy);
    emit({ type: 'crashed', exit, restartInMs: delay, crashes: crashes.length });
    pending = clock.setTimeout(start, delay);
  };

  /** A killed process cannot refuse to end: supervision ends here, without waiting for its exit to be reported. */
  const killNow = () => {
    const current = child;
    child = null;
    current?.kill();
    end({ kind: 'stopped', exit: { code: null, signal: 'SIGKILL' } });
  };

  start();
  return {
    done,
    ready() {
      everReady = true;
    },
    stop() {
      if (stopping || finished) return;
      stopping = true;
      if (pending !== null) {
        clock.clearTimeout(pending);
        pending = null;
        return end({ kind: 'stopped', exit: { code: 0, signal: null } });
      }
      const current = child;
      if (!current) return;
      current.stop();
      killTimer = clock.setTimeout(() => {
        if (finished) return;
        emit({ type: 'killed', afterMs: policy.stopTimeoutMs });
        killNow();
      }, policy.stopTimeoutMs);
    },
    kill() {
      if (finished) return;
      stopping = true;
      if (pending !== null) clock.clearTimeout(pending);
      killNow();
    },
  };
}
