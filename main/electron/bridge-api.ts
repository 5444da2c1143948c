// How the main process hands the bridge its values, and the bridge's two functions over IPC. The bridge's shape
// (`RoundtableBridge`, `window.roundtable`) is declared once in shared/protocol/bridge.ts, which the web client reads.
// No Electron import here: this module is bundled into the sandboxed bridge script and unit-tested in plain Node.
import { BRIDGE_CHANNELS, readBridgeAnswer, type BridgeAnswer, type DesktopRole, type RoundtableBridge, type SetupRequest } from '../../shared/protocol/bridge.ts';

export { BRIDGE_KEY, type RoundtableBridge } from '../../shared/protocol/bridge.ts';

const HUB_URL_ARG = '--roundtable-hub-url=';
const VERSION_ARG = '--roundtable-version=';
const ROLE_ARG = '--roundtable-role=';
const ROLES: readonly string[] = ['chair', 'secretariat', 'tablet'];

/**
 * The `webPreferences.additionalArguments` that carry the bridge's values into the renderer process,
 * where the sandboxed bridge script reads them from `process.argv` (it has no other channel before the page loads).
 */
export function bridgeArguments(values: { version: string; hubUrl: string; role: DesktopRole | null }): string[] {
  return [`${HUB_URL_ARG}${values.hubUrl}`, `${VERSION_ARG}${values.version}`, `${ROLE_ARG}${values.role ?? ''}`];
}

type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * The bridge from the renderer's argv, or null when the window was not opened by our main process. Its functions
 * send only what their types say (clipped) and read the answer back checked: the page cannot widen the channel.
 */
export function bridgeFromArgv(argv: readonly string[], invoke: Invoke = () => Promise.reject(new Error('no IPC'))): RoundtableBridge | null {
  const value = (prefix: string) => argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  const hubUrl = value(HUB_URL_ARG);
  const version = value(VERSION_ARG);
  const role = value(ROLE_ARG);
  if (hubUrl === undefined || !version || role === undefined || (role !== '' && !ROLES.includes(role))) return null;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);
  const ask = (channel: string, payload: unknown): Promise<BridgeAnswer> =>
    invoke(channel, payload).then(readBridgeAnswer, () => readBridgeAnswer(null));
  return Object.freeze({
    kind: 'electron',
    version,
    hubUrl: hubUrl.replace(/\/+$/, ''),
    role: role === '' ? null : (role as DesktopRole),
    chooseRole: (request: SetupRequest) =>
      ask(BRIDGE_CHANNELS.chooseRole, { role: text(request?.role, 20), link: text(request?.link, 2000), pin: text(request?.pin, 20) }),
    exitKiosk: (pin: string) => ask(BRIDGE_CHANNELS.exitKiosk, text(pin, 20)),
    askKioskExit: () => ask(BRIDGE_CHANNELS.askKioskExit, null),
  } satisfies RoundtableBridge);
}
