// A hub in a worker thread (see hub-thread.ts): the test's own thread stays free for the clients it simulates.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { startHub } from '../../main/hub/index.ts';

const { dataDir } = workerData as { dataDir: string };
const hub = await startHub({ dataDir, port: 0, host: '127.0.0.1', webRoot: null, logToConsole: false, seedDemo: false, requirePairing: true, insecureHttp: true });
parentPort!.postMessage({ url: hub.url, passcode: hub.firstPasscode ?? '' });

// What the hub's own thread went through between `measure` and `measured`. The longest its event loop was held is
// measured as the CPU time the thread spent between two turns of a 5 ms timer: unlike the wall-clock delay
// (monitorEventLoopDelay, also given), it does not count the time a busy machine left the thread waiting for a core.
const cpu = () => {
  const { user, system } = process.threadCpuUsage();
  return user + system;
};
let measuring: { loop: ReturnType<typeof monitorEventLoopDelay>; timer: ReturnType<typeof setInterval>; cpuBefore: number; maxTurn: number } | null = null;
parentPort!.on('message', (message: unknown) => {
  if (message === 'measure') {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let last = cpu();
    const state = { loop, cpuBefore: last, maxTurn: 0, timer: setInterval(() => {
      const now = cpu();
      state.maxTurn = Math.max(state.maxTurn, now - last);
      last = now;
    }, 5) };
    measuring = state;
    parentPort!.postMessage('measuring');
  } else if (message === 'measured' && measuring) {
    const { loop, timer, cpuBefore, maxTurn } = measuring;
    clearInterval(timer);
    loop.disable();
    parentPort!.postMessage({ maxDelayMs: loop.max / 1e6, maxTurnCpuMs: maxTurn / 1000, cpuMicros: cpu() - cpuBefore });
    measuring = null;
  } else if (message === 'close') {
    void hub.close().then(() => parentPort!.postMessage('closed'));
  }
});
