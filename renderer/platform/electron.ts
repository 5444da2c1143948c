import type { Platform } from './index.ts';
import { webStorage } from './index.ts';

/** What the Electron preload exposes with `contextBridge.exposeInMainWorld('roundtable', ...)`. */
export interface ElectronBridge {
  kind: 'electron';
  version: string;
  hubUrl: string;
}

export function readElectronBridge(scope: object): ElectronBridge | null {
  const bridge = (scope as { roundtable?: unknown }).roundtable;
  if (typeof bridge !== 'object' || bridge === null) return null;
  const { kind, version, hubUrl } = bridge as Record<string, unknown>;
  if (kind !== 'electron' || typeof version !== 'string' || typeof hubUrl !== 'string') return null;
  return { kind, version, hubUrl };
}

export function electronPlatform(bridge: ElectronBridge): Platform {
  return {
    kind: 'electron',
    appVersion: bridge.version,
    // The window is loaded from the hub, so its origin is the hub; the bridge says so explicitly.
    hubUrl: bridge.hubUrl.replace(/\/+$/, ''),
    deviceName: 'Roundtable (Electron)',
    storage: webStorage(),
  };
}
