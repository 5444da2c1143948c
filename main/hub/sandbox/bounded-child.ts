import { fork } from 'node:child_process';
import { RSS_LIMIT_MARK } from './memory-watchdog.ts';

/**
 * Runs a parser of untrusted files (pdf.js, exceljs) in a process of its own, so that whatever a file makes it
 * do (loop, inflate a gigabyte, crash) costs that process and never the hub: its V8 heap is capped by a flag,
 * its whole memory by a watchdog thread inside it (memory-watchdog.ts), its time by deadlines kept here, and
 * at most a few run at once. The child talks over IPC: `{ ready }` once it listens (the parent then sends the
 * input, if any), `{ progress }` messages, then one `{ result }`.
 */

export interface ChildLimits {
  /** The child's V8 heap (--max-old-space-size). */
  maxHeapMb: number;
  /** The child's whole resident memory (heap, decoded buffers, native), enforced by its watchdog; null: none. */
  maxRssMb: number | null;
  /** Wall-clock limit from the start; `progress` may set further deadlines. */
  timeoutMs: number;
}

/** Why a child did not give its result. `deadline` names the deadline that passed ('total' for timeoutMs). */
export type ChildEnd<T> =
  | { ok: true; value: T }
  | { ok: false; limit: 'time'; deadline: string }
  | { ok: false; limit: 'heap' }
  | { ok: false; limit: 'rss' }
  | { ok: false; limit: null; detail: string };

export interface Deadlines {
  /** Sets (or moves) a named deadline, `ms` from now; the earliest one stops the child. */
  set(name: string, ms: number): void;
  /** Milliseconds since the child started. */
  elapsed(): number;
}

export interface ChildRun<P> {
  script: string;
  args?: string[];
  /** Sent to the child once it runs (structured clone: Buffers travel as bytes). */
  input?: unknown;
  limits: ChildLimits;
  onProgress?: (progress: P, deadlines: Deadlines) => void;
}

const KEEP_STDERR = 8 * 1024;

/** A small queue: every sandboxed parser shares it, so a burst of uploads cannot start a process each. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async take(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

/** Two at once: the room server has few cores, and each child may use up to its memory limit. */
export const MAX_CHILDREN = 2;
const slots = new Slots(MAX_CHILDREN);

/**
 * The hub's environment without its own IPC channel's settings: when the hub is itself a child (a test runner's
 * worker, the supervised hub), a copy of those would win over the ones fork() adds for this child.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_CHANNEL_')));
}

export async function runBounded<T, P = never>(run: ChildRun<P>): Promise<ChildEnd<T>> {
  const release = await slots.take();
  try {
    return await once<T, P>(run);
  } finally {
    release();
  }
}

function once<T, P>({ script, args = [], input, limits, onProgress }: ChildRun<P>): Promise<ChildEnd<T>> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = fork(script, args, {
      // Only the heap limit: not the parent's flags (a test runner's, a debugger's).
      execArgv: [`--max-old-space-size=${limits.maxHeapMb}`],
      // Inside Electron, process.execPath is the app: this makes it run the script as plain Node.
      env: { ...inheritedEnv(), ELECTRON_RUN_AS_NODE: '1', ROUNDTABLE_SANDBOX_MAX_RSS_MB: limits.maxRssMb === null ? '' : String(limits.maxRssMb) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-KEEP_STDERR)));

    const deadlines = new Map<string, number>();
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      const [name, at] = [...deadlines].reduce((a, b) => (b[1] < a[1] ? b : a));
      timer = setTimeout(() => finish({ ok: false, limit: 'time', deadline: name }), Math.max(0, at - Date.now()));
    };
    const control: Deadlines = {
      set(name, ms) {
        deadlines.set(name, Date.now() + ms);
        schedule();
      },
      elapsed: () => Date.now() - started,
    };

    let settled = false;
    const finish = (end: ChildEnd<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(end);
    };
    control.set('total', limits.timeoutMs);

    child.on('message', (message: { ready?: true; progress?: P; result?: T }) => {
      if (settled || typeof message !== 'object' || message === null) return;
      if ('result' in message) finish({ ok: true, value: message.result as T });
      else if ('ready' in message) {
        if (input !== undefined) child.send(input as never);
      }
      else if ('progress' in message && onProgress) {
        try {
          onProgress(message.progress as P, control);
        } catch (error) {
          finish({ ok: false, limit: null, detail: error instanceof Error ? error.message : String(error) });
        }
      }
    });
    child.once('error', (error: Error) => finish({ ok: false, limit: null, detail: `the checker could not run: ${error.message}` }));
    // 'close', not 'exit': by then every message and every byte of stderr the child sent has arrived.
    child.once('close', () => {
      if (stderr.includes(RSS_LIMIT_MARK)) return finish({ ok: false, limit: 'rss' });
      if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) return finish({ ok: false, limit: 'heap' });
      finish({ ok: false, limit: null, detail: 'the checker stopped before it finished' });
    });
  });
}
