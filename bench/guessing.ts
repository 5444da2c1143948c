import { connectFrom, loopback } from '../tests/support/guessing.ts';
import { startThreadHub } from '../tests/support/hub-thread.ts';
import { send, signIn, type TestSocket } from '../tests/support/hub.ts';
import { percentile, type Result } from './scenarios.ts';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const sleep = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

/** Round trips of `meeting.list` from a signed-in screen, one every 10 ms, while `during` runs (at least `count`). */
async function roundTrips(socket: TestSocket, count: number, during: Promise<unknown> = Promise.resolve()): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void during.finally(() => (done = true));
  for (let n = 0; n < count || !done; n++) {
    const started = performance.now();
    await send(socket, 'meeting.list', {});
    times.push(performance.now() - started);
    await sleep(10);
    if (n > 2000) break;
  }
  return times.sort((a, b) => a - b);
}

/**
 * A hostile device guesses the admin passcode from 100 addresses at once (200 wrong passcodes), against a hub in its
 * own thread: how much slower do the other screens' answers get? The guard checks only the room's budget, and those
 * are hashed on the thread pool, so the answer should be: hardly.
 */
export async function guessing(): Promise<Result[]> {
  const hub = await startThreadHub();
  const sockets: TestSocket[] = [];
  try {
    const screen = await signIn(hub.url, hub.passcode, 'secretariat');
    sockets.push(screen);
    const baseline = await roundTrips(screen, 200);
    const guessers = await Promise.all(Array.from({ length: 100 }, (_, i) => connectFrom(hub.url, loopback(i + 1))));
    sockets.push(...guessers);
    const measured = await hub.measure();
    const flood = Promise.all(guessers.flatMap((s, i) => [0, 1].map((k) => send(s, 'session.signIn', { passcode: `9${k}${String(i).padStart(2, '0')}-0000-0000` }))));
    const during = await roundTrips(screen, 50, flood);
    const load = await measured();
    const scenario = 'passcode guessing, 200 at once from 100 addresses';
    return [
      { scenario, measure: 'meeting.list round trip before, median / p95', value: `${ms(percentile(baseline, 50))} / ${ms(percentile(baseline, 95))}`, target: '' },
      { scenario, measure: 'meeting.list round trip during, median / p95', value: `${ms(percentile(during, 50))} / ${ms(percentile(during, 95))}`, target: '< 50 ms p95' },
      { scenario, measure: 'hub thread: longest turn (CPU) / event-loop delay', value: `${ms(load.maxTurnCpuMs)} / ${ms(load.maxDelayMs)}`, target: '< 50 ms CPU' },
    ];
  } finally {
    for (const s of sockets) s.disconnect();
    await hub.stop();
  }
}
