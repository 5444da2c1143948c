// The child's half of bounded-child.ts: starts the memory watchdog, says it is ready, takes the one input, sends
// progress and the result, and exits. Imported by the sandboxed scripts only.
import { watchMemory } from './memory-watchdog.ts';

export function serveChild<I, R, P = never>(work: (input: I, progress: (p: P) => void) => Promise<R>, failed: (error: unknown) => R): void {
  const maxRssMb = Number(process.env.ROUNDTABLE_SANDBOX_MAX_RSS_MB);
  if (maxRssMb > 0) watchMemory(maxRssMb);
  const send = (message: object, then: () => void = () => undefined) => process.send?.(message, then);
  process.once('message', (input: I) => {
    void work(input, (p) => send({ progress: p }))
      .catch(failed)
      .then((result) => send({ result }, () => process.exit(0)));
  });
  send({ ready: true });
}
