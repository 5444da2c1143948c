// The last resort of a hub process (the `serve` child, Electron's utility process). Every request, socket event and
// timer of the hub catches its own errors at a known boundary and answers or logs them, so nothing a client sends
// reaches here. What does reach here is a hub bug in an unknown place: the process may be in a state nobody
// reasoned about (a transaction half-done in memory, a stream stuck), so it is not kept serving. The error goes to
// the hub log with its stack, and the process exits; its supervisor starts a fresh one within seconds.

/** Exit code of a hub that stopped on an uncaught error (EX_SOFTWARE). */
export const CRASH_EXIT_CODE = 70;

export interface FatalLogger {
  /** Writes the error to the hub log and waits until it is on disk. */
  logFatal(error: unknown, origin: string): Promise<void>;
}

export interface CrashPolicyDeps {
  exit: (code: number) => void;
  /** The console line (stderr). */
  write: (line: string) => void;
  /** How long the log may take before the process exits anyway. */
  flushTimeoutMs?: number;
  on?: (event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void) => void;
}

/** Installs the policy on this process; `attach` gives it the hub's log once the hub is up. */
export function installCrashPolicy(deps: CrashPolicyDeps): { attach(log: FatalLogger): void; crash(error: unknown, origin: string): Promise<void> } {
  let log: FatalLogger | null = null;
  let crashing = false;
  const crash = async (error: unknown, origin: string) => {
    if (crashing) return;
    crashing = true;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    deps.write(`roundtable hub: ${origin}, the hub stops so that its supervisor starts a fresh one:\n${text}\n`);
    if (log) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deps.flushTimeoutMs ?? 2_000)));
      await Promise.race([log.logFatal(error, origin).catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
    deps.exit(CRASH_EXIT_CODE);
  };
  const on = deps.on ?? ((event, listener) => void process.on(event, listener));
  on('uncaughtException', (error) => void crash(error, 'uncaught exception'));
  on('unhandledRejection', (reason) => void crash(reason, 'unhandled promise rejection'));
  return {
    attach(fatal) {
      log = fatal;
    },
    crash,
  };
}
