// The hub in Electron's utility process (bundled to dist/electron/hub-process.cjs). Only wiring: main/hub/process/hub-runner.ts
// has the behaviour and its tests. `process.parentPort` exists only in a utility process.
import { installCrashPolicy } from '../hub/crash.ts';
import { startHub } from '../hub/index.ts';
import { runHubProcess, type ParentPortLike } from '../hub/process/hub-runner.ts';

// Everything the hub creates (database, logs, documents, temporary files) is for its own user only.
process.umask(0o077);
// An uncaught error ends this process (logged first); the app's supervisor starts a fresh one (main/hub/crash.ts).
const policy = installCrashPolicy({ exit: (code) => process.exit(code), write: (line) => process.stderr.write(line) });

void runHubProcess({
  argv: process.argv,
  parentPort: (process as { parentPort?: ParentPortLike }).parentPort,
  startHub: async (options) => {
    const hub = await startHub(options);
    if (hub.logFatal) policy.attach({ logFatal: (error, origin) => hub.logFatal!(error, origin) });
    return hub;
  },
  exit: (code) => process.exit(code),
});
