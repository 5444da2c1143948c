import { Worker } from 'node:worker_threads';
import { tempDir } from './hub.ts';

export interface HubThreadLoad {
  maxDelayMs: number;
  maxTurnCpuMs: number;
  cpuMicros: number;
}

export interface ThreadHub {
  url: string;
  passcode: string;
  /**
   * Starts measuring the hub's thread; the function it answers stops and says how long at most its event loop was
   * held (`maxTurnCpuMs`: CPU time between two turns; `maxDelayMs`: wall-clock delay, which a busy machine inflates)
   * and the CPU time the hub's thread used (µs) meanwhile.
   */
  measure(): Promise<() => Promise<HubThreadLoad>>;
  stop(): Promise<void>;
}

/**
 * A real hub (temp SQLite file, ephemeral loopback port) in its own worker thread. Load tests that simulate
 * many clients in the test's process use it so that the hub serves on the second core while the clients run
 * on the first, as a hub and its tablets do in a room.
 */
export async function startThreadHub(): Promise<ThreadHub> {
  const dir = tempDir();
  const worker = new Worker(new URL('./hub-thread-main.ts', import.meta.url), { workerData: { dataDir: dir.path } });
  const started = await new Promise<{ url: string; passcode: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      worker.once('message', (answer: T) => resolve(answer));
      worker.postMessage(message);
    });
  return {
    ...started,
    async measure() {
      await ask('measure');
      return () => ask<HubThreadLoad>('measured');
    },
    async stop() {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage('close');
      });
      await worker.terminate();
      dir.remove();
    },
  };
}
