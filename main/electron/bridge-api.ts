// How the main process hands the bridge its values. The bridge's shape (`RoundtableBridge`, `window.roundtable`) is
// declared once in shared/protocol/bridge.ts, which the web client reads it with.
// No Electron import here: this module is bundled into the sandboxed bridge script and unit-tested in plain Node.
import type { RoundtableBridge } from '../../shared/protocol/bridge.ts';

export { BRIDGE_KEY, type RoundtableBridge } from '../../shared/protocol/bridge.ts';

const HUB_URL_ARG = '--roundtable-hub-url=';
const VERSION_ARG = '--roundtable-version=';

/**
 * The `webPreferences.additionalArguments` that carry the bridge's values into the renderer process,
 * where the sandboxed bridge script reads them from `process.argv` (it has no other channel before the page loads).
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
  return Object.freeze({ kind: 'electron', version, hubUrl: hubUrl.replace(/\/+$/, '') } satisfies RoundtableBridge);
}
