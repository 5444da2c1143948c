// The only code that runs in the page's renderer process with Electron APIs: it exposes a small read-only
// object, nothing that can reach Node or IPC. Bundled to dist/electron/preload.cjs (a sandboxed preload may
// require only `electron` and a few Node shims, so everything else is inlined by esbuild).
import { contextBridge } from 'electron';
import { BRIDGE_KEY, bridgeFromArgv } from './preload-api.ts';

const bridge = bridgeFromArgv(process.argv);
if (bridge) contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
