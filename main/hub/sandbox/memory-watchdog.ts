// Runs inside a sandboxed child (see bounded-child.ts). The V8 heap limit does not count what a parser holds in
// ArrayBuffers (a decoded PDF stream, an image, an inflated zip entry), and such work is often one synchronous
// call that no timer on the child's main thread can interrupt. A thread of its own watches the whole process's
// memory and stops it, saying why on stderr for the parent to read.
import { Worker } from 'node:worker_threads';

/** The line the watchdog writes before it stops the process; the parent looks for it. */
export const RSS_LIMIT_MARK = 'ROUNDTABLE_SANDBOX_RSS_LIMIT';

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const limit = workerData.maxRssMb * 1024 * 1024;
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss <= limit) return;
  try { writeSync(2, '\\n' + workerData.mark + ' ' + Math.round(rss / 1048576) + '\\n'); } catch {}
  process.kill(process.pid, 'SIGKILL');
}, workerData.everyMs);
`;

/** Starts the watcher; it never keeps the process alive on its own. */
export function watchMemory(maxRssMb: number, everyMs = 10): void {
  const worker = new Worker(WATCHER, { eval: true, workerData: { maxRssMb, everyMs, mark: RSS_LIMIT_MARK } });
  worker.unref();
}
