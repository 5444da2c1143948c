// The bridge script (Electron calls it the window's "preload"): the only code that runs in the page's renderer
// process with Electron APIs. It exposes a small frozen object: read-only values and two functions, each one IPC
// channel with checked arguments (bridge-api.ts), nothing that reaches Node. Bundled to dist/electron/bridge.cjs (a
// sandboxed script of this kind may require only `electron` and a few Node shims, so everything else is inlined).
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, bridgeFromArgv } from './bridge-api.ts';

const bridge = bridgeFromArgv(process.argv, (channel, ...args) => ipcRenderer.invoke(channel, ...args));
if (bridge) contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
