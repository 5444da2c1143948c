// The platform port: what the web client needs from where it runs (a browser, or the desktop app), as types and the
// small storages every platform shares. browser.ts and electron.ts implement it; index.ts picks one.
import type { RoundtableBridge } from '../../shared/protocol/bridge.ts';

/**
 * Where the client runs. Chosen once at startup; nothing else in the renderer asks
 * whether it is in Electron or a browser, it asks the platform.
 */
export interface Platform {
  kind: 'browser' | 'electron';
  /** The Electron app's version; null in a browser, where the client is the one the hub (hub.welcome) ships. */
  appVersion: string | null;
  /** Origin of the hub the client talks to (the page's own origin in a browser). */
  hubUrl: string;
  /** A human name for this device, sent in the handshake so the hub can list devices. */
  deviceName: string;
  /** Where small settings (device id, language, session tokens) are kept. */
  storage: KeyValueStorage;
  /** The desktop app's own functions (its first start, a kiosk's exit); absent in a browser. */
  desktop?: DesktopPort;
}

/** What the desktop app's main process does for its own pages (shared/protocol/bridge.ts, checked there again). */
export type DesktopPort = Pick<RoundtableBridge, 'role' | 'chooseRole' | 'exitKiosk' | 'askKioskExit'>;

/** The slice of Web Storage the renderer needs; an in-memory one stands in where storage is blocked. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** localStorage if usable (private modes and some kiosks throw on access), else memory. */
export function webStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = '__roundtable_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}
