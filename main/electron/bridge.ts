// The bridge script (Electron calls it the window's "preload"): the only code that runs in the page's renderer
// process with Electron APIs. It exposes a small read-only object, nothing that can reach Node or IPC. Bundled to
// dist/electron/bridge.cjs (a sandboxed script of this kind may require only `electron` and a few Node shims, so
// everything else is inlined by esbuild).
import { contextBridge } from 'electron';
import { BRIDGE_KEY, bridgeFromArgv } from './bridge-api.ts';

const bridge = bridgeFromArgv(process.argv);
if (bridge) contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
