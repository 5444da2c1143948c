// A hub in a worker thread (see hub-thread.ts): the test's own thread stays free for the clients it simulates.
import { parentPort, workerData } from 'node:worker_threads';
import { startHub } from '../../main/hub/index.ts';

const { dataDir } = workerData as { dataDir: string };
const hub = await startHub({ dataDir, port: 0, host: '127.0.0.1', webRoot: null, logToConsole: false, seedDemo: false, requirePairing: true });
parentPort!.postMessage({ url: hub.url, passcode: hub.firstPasscode ?? '' });
parentPort!.on('message', (message: unknown) => {
  if (message !== 'close') return;
  void hub.close().then(() => parentPort!.postMessage('closed'));
});
