// The simulated tablets, spread over worker processes (tablet i in worker i mod P, so that any group of delegates,
// the presidium of the download scenario among them, is shared by every worker), and the staff worker.
import { join } from 'node:path';
import { type Child, forkChild } from './ipc.ts';
import type { DocRef, TabletSpec } from './tablet.ts';

const TABLET_WORKER = join(import.meta.dirname, 'tablet-worker.ts');
export const STAFF_WORKER = join(import.meta.dirname, 'staff-worker.ts');

export class Fleet {
  readonly workers: Child[];
  readonly staff: Child;
  readonly size: number;

  private constructor(workers: Child[], staff: Child, size: number) {
    this.workers = workers;
    this.staff = staff;
    this.size = size;
  }

  /** Forks `processes` tablet workers (and the staff worker) and gives each its share of `specs`. */
  static async start(processes: number, specs: TabletSpec[], documents: DocRef[]): Promise<Fleet> {
    const workers = Array.from({ length: processes }, () => forkChild(TABLET_WORKER, []));
    const staff = forkChild(STAFF_WORKER, []);
    const fleet = new Fleet(workers, staff, specs.length);
    await Promise.all(
      workers.map((w, k) => w.call('init', { tablets: specs.filter((_, i) => i % processes === k), documents }, 60_000)),
    );
    return fleet;
  }

  /** Calls `method` on every tablet worker at once; answers their results in worker order. */
  all<T>(method: string, params: unknown, timeoutMs: number): Promise<T[]> {
    return Promise.all(this.workers.map((w) => w.call<T>(method, params, timeoutMs)));
  }

  /** The pids of the worker processes (their RSS is the clients' cost, reported beside the hub's). */
  pids(): number[] {
    return [...this.workers, this.staff].map((w) => w.pid);
  }

  /** Ends the worker processes (their connections close with them). */
  async close(): Promise<void> {
    for (const w of [...this.workers, this.staff]) w.kill();
    await Promise.all([...this.workers, this.staff].map((w) => w.exited));
  }
}
