// What the Electron preload exposes to the page as `window.roundtable`, and how the main process hands it the values.
// The web client mirrors RoundtableBridge in renderer/platform/electron.ts (it may not import main/): keep the two in step.
// No Electron import here: this module is bundled into the sandboxed preload and unit-tested in plain Node.

/** `window.roundtable` in an Electron window. Absent in a browser. */
export interface RoundtableBridge {
  readonly kind: 'electron';
  /** The app's version (package.json). */
  readonly version: string;
  /** The hub this window talks to, e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly hubUrl: string;
}

/** The name on `window`. */
export const BRIDGE_KEY = 'roundtable';

const HUB_URL_ARG = '--roundtable-hub-url=';
const VERSION_ARG = '--roundtable-version=';

/**
 * The `webPreferences.additionalArguments` that carry the bridge's values into the renderer process,
 * where a sandboxed preload reads them from `process.argv` (it has no other channel before the page loads).
 */
export function bridgeArguments(values: { version: string; hubUrl: string }): string[] {
  return [`${HUB_URL_ARG}${values.hubUrl}`, `${VERSION_ARG}${values.version}`];
}

/** The bridge from the renderer's argv, or null when the window was not opened by our main process. */
export function bridgeFromArgv(argv: readonly string[]): RoundtableBridge | null {
  const value = (prefix: string) => argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  const hubUrl = value(HUB_URL_ARG);
  const version = value(VERSION_ARG);
  if (!hubUrl || !version) return null;
  return Object.freeze({ kind: 'electron', version, hubUrl: hubUrl.replace(/\/+$/, '') });
}
