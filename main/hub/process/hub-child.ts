// The hub process that `serve` supervises (node:child_process fork, with an IPC channel). It speaks the same small
// protocol as Electron's utility process (hub-runner.ts: `ready` / `error` up, `stop` down), over
// Node's IPC instead of Electron's parentPort. SIGINT and SIGTERM (Ctrl+C reaches the whole process group) and the
// parent going away all stop it cleanly.
import { runHubProcess, type HubProcessMessage, type ParentPortLike } from './hub-runner.ts';
import { installCrashPolicy } from '../crash.ts';
import { startHub } from '../index.ts';

/** Node's IPC channel as the runner's parent port; signals and a vanished parent arrive as `stop`. */
function ipcPort(): ParentPortLike {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const deliver = (data: unknown) => {
    for (const listener of listeners) listener({ data });
  };
  process.on('message', (data: unknown) => deliver(data));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => deliver({ type: 'stop' }));
  process.on('disconnect', () => deliver({ type: 'stop' }));
  return {
    postMessage: (message: HubProcessMessage) => {
      if (process.connected) process.send?.(message);
    },
    on: (_event, listener) => listeners.push(listener),
  };
}

if (import.meta.main) {
  // Everything the hub creates (database, logs, documents, temporary files) is for its own user only.
  process.umask(0o077);
  const policy = installCrashPolicy({ exit: (code) => process.exit(code), write: (line) => process.stderr.write(line) });
  await runHubProcess({
    argv: process.argv,
    parentPort: process.send ? ipcPort() : undefined,
    startHub: async (options) => {
      const hub = await startHub(options);
      if (hub.logFatal) policy.attach({ logFatal: (error, origin) => hub.logFatal!(error, origin) });
      return hub;
    },
    exit: (code) => process.exit(code),
  });
}
