import { readBridge, type RoundtableBridge } from '../../shared/protocol/bridge.ts';
import { webStorage, type Platform } from './port.ts';

/** What the desktop app's bridge script exposes as `window.roundtable` (declared once, in shared/protocol/bridge.ts). */
export type ElectronBridge = RoundtableBridge;

/** The bridge on `scope`, when the page runs in the desktop app and the bridge is well formed. */
export const readElectronBridge: (scope: object) => ElectronBridge | null = readBridge;

export function electronPlatform(bridge: ElectronBridge): Platform {
  return {
    kind: bridge.kind,
    appVersion: bridge.version,
    // The window is the app's own page (app://roundtable); the hub is elsewhere, at the address the bridge gives.
    hubUrl: bridge.hubUrl.replace(/\/+$/, ''),
    deviceName: 'Roundtable (Electron)',
    storage: webStorage(),
    desktop: { role: bridge.role, chooseRole: bridge.chooseRole, exitKiosk: bridge.exitKiosk, askKioskExit: bridge.askKioskExit },
  } satisfies Platform;
}
