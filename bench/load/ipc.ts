// The coordinator's child processes (hub, bare server, tablet and staff workers) and the calls it makes to them over
// Node's IPC channel. Every child is remembered until it exits and is killed (SIGKILL) when the coordinator ends,
// however it ends: a load run never leaves a process behind.
import { type ChildProcess, fork } from 'node:child_process';

interface Call {
  id: number;
  method: string;
  params: unknown;
}
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

const living = new Set<ChildProcess>();

/** SIGKILLs every child still running (synchronous: it also runs in an 'exit' handler). */
export function killAll(): void {
  for (const child of living) {
    try {
      child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
  living.clear();
}

let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', killAll);
}

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code or signal once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Calls a method the child serves; rejects with the child's error, or after `timeoutMs`, or if it exits. */
  call<T>(method: string, params: unknown, timeoutMs: number): Promise<T>;
  /** The next message that is not a reply (a child's own announcement, e.g. the hub's `ready`). */
  nextMessage(timeoutMs: number): Promise<unknown>;
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Forks `script` (a .ts file: Node strips the types) with an IPC channel and no flags of this process's own (a
 * test runner's would not fit a hub or a worker). Its stdout goes to this process's stderr
 * (stdout carries only the measurements), or nowhere with `quiet` (the hub's console log); its stderr to stderr.
 */
export function forkChild(script: string, args: string[], options: { execArgv?: string[]; quiet?: boolean } = {}): Child {
  installExitHook();
  const child = fork(script, args, { stdio: ['ignore', options.quiet ? 'ignore' : 2, 'inherit', 'ipc'], execArgv: options.execArgv ?? [] });
  living.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      living.delete(child);
      resolve({ code, signal });
    });
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const messages: unknown[] = [];
  let messageWaiter: ((m: unknown) => void) | null = null;
  child.on('message', (message: unknown) => {
    const reply = message as Partial<Reply>;
    if (typeof reply === 'object' && reply !== null && typeof reply.id === 'number' && waiting.has(reply.id)) {
      const w = waiting.get(reply.id)!;
      waiting.delete(reply.id);
      if (reply.ok) w.resolve((reply as { result: unknown }).result);
      else w.reject(new Error((reply as { error: string }).error));
      return;
    }
    if (messageWaiter) messageWaiter(message);
    else messages.push(message);
  });
  void exited.then(({ code, signal }) => {
    for (const w of waiting.values()) w.reject(new Error(`${script} exited (${signal ?? code}) before answering`));
    waiting.clear();
  });
  let nextId = 1;
  return {
    process: child,
    pid: child.pid ?? -1,
    exited,
    call<T>(method: string, params: unknown, timeoutMs: number): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${method} in ${script}: no answer within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        waiting.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v as T)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        if (!child.connected) {
          waiting.delete(id);
          clearTimeout(timer);
          reject(new Error(`${script} is not running`));
          return;
        }
        child.send({ id, method, params } satisfies Call);
      });
    },
    nextMessage(timeoutMs: number) {
      const queued = messages.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          messageWaiter = null;
          reject(new Error(`${script}: no message within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        const gone = () => reject(new Error(`${script} exited before saying anything`));
        void exited.then(gone);
        messageWaiter = (m) => {
          clearTimeout(timer);
          messageWaiter = null;
          resolve(m);
        };
      });
    },
    kill(signal: NodeJS.Signals = 'SIGKILL') {
      try {
        child.kill(signal);
      } catch {
        // Already gone.
      }
    },
  };
}

/**
 * The child's side: answers the coordinator's calls with `handlers`; exits when the coordinator goes away
 * (its IPC channel closes), so a killed coordinator leaves no worker behind.
 */
export function serveCalls(handlers: Record<string, (params: never) => unknown>): void {
  process.on('message', (message: Call) => {
    const handler = handlers[message.method];
    const reply = (body: { ok: true; result: unknown } | { ok: false; error: string }) => {
      if (process.connected) process.send!({ id: message.id, ...body });
    };
    if (!handler) return reply({ ok: false, error: `unknown method ${message.method}` });
    Promise.resolve()
      .then(() => handler(message.params as never))
      .then(
        (result) => reply({ ok: true, result }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}
