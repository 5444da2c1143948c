// The hub in Electron's utility process (bundled to dist/electron/hub-process.cjs). Only wiring: hub-runner.ts
// has the behaviour and its tests. `process.parentPort` exists only in a utility process.
import { startHub } from '../hub/index.ts';
import { runHubProcess, type ParentPortLike } from './hub-runner.ts';

void runHubProcess({
  argv: process.argv,
  parentPort: (process as { parentPort?: ParentPortLike }).parentPort,
  startHub,
  exit: (code) => process.exit(code),
});
