// The desktop app's bridge: what its bridge script (main/electron/bridge.ts) exposes to the page as `window.roundtable`.
// Declared once here, where both sides may look: main/electron/bridge-api.ts builds it, renderer/platform/electron.ts
// reads it. No imports: the sandboxed bridge script inlines this module.

/** `window.roundtable` in an Electron window. Absent in a browser. */
export interface RoundtableBridge {
  readonly kind: 'electron';
  /** The app's version (package.json). */
  readonly version: string;
  /** The hub this window talks to, e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly hubUrl: string;
}

/**
 * The desktop app's own origin: it loads the web client from `app://roundtable/` (its privileged scheme), never from
 * the network. The hub accepts requests from exactly this origin (main/hub/origin.ts), besides its own.
 */
export const APP_ORIGIN = 'app://roundtable';

/** The name on `window`. */
export const BRIDGE_KEY = 'roundtable';

/** The bridge on `scope` (the page's window) when it is well formed; null in a browser or when anything is off. */
export function readBridge(scope: object): RoundtableBridge | null {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof bridge !== 'object' || bridge === null) return null;
  const { kind, version, hubUrl } = bridge as Record<string, unknown>;
  if (kind !== 'electron' || typeof version !== 'string' || typeof hubUrl !== 'string') return null;
  return { kind, version, hubUrl } satisfies RoundtableBridge;
}
