// The desktop app's bridge: what its bridge script (main/electron/bridge.ts) exposes to the page as `window.roundtable`.
// Declared once here, where both sides may look: main/electron/bridge-api.ts builds it, renderer/platform/electron.ts
// reads it. No imports: the sandboxed bridge script inlines this module.

/** What a machine is in the room (main/electron/roles.ts). */
export type DesktopRole = 'chair' | 'secretariat' | 'tablet';

/** The first start's choice as the page sends it: the main process checks it all (roles.ts) and hashes the PIN. */
export interface SetupRequest {
  role: DesktopRole;
  /** The room link (scanned from the room QR or pasted); null: this machine runs the hub. */
  link: string | null;
  /** A tablet's exit PIN, 4 to 12 digits; null on other roles. */
  pin: string | null;
}

/** Why the first start's choice was refused (main/electron/roles.ts); the screen says each in vi and en. */
export const SETUP_REASONS = ['not_an_address', 'not_https', 'fingerprint_damaged', 'no_fingerprint', 'unknown_role', 'tablet_needs_hub', 'pin_needed', 'pin_format'] as const;
export type SetupReason = (typeof SETUP_REASONS)[number];

/** The main process's answer to the page; `reason` set on a refused choice. */
export type BridgeAnswer =
  | { ok: true }
  | { ok: false; code: 'bad_choice' | 'wrong_pin' | 'locked' | 'not_allowed'; message: string; retryInMs: number; reason?: SetupReason };

/** `window.roundtable` in an Electron window. Absent in a browser. */
export interface RoundtableBridge {
  readonly kind: 'electron';
  /** The app's version (package.json). */
  readonly version: string;
  /** The hub this window talks to, e.g. https://127.0.0.1:4010 (no trailing slash); '' at the first start. */
  readonly hubUrl: string;
  /** This machine's role; null at the first start, before one is chosen. */
  readonly role: DesktopRole | null;
  /** The first start: remember this role and hub (only while none is chosen). */
  chooseRole(request: SetupRequest): Promise<BridgeAnswer>;
  /** A kiosk tablet: leave kiosk mode with the secretariat's PIN. */
  exitKiosk(pin: string): Promise<BridgeAnswer>;
  /** A kiosk tablet: open the PIN page (the corner taps, kiosk-exit-taps.ts); the main process judges the PIN. */
  askKioskExit(): Promise<BridgeAnswer>;
}

/** The IPC channels behind the functions (main/electron/ipc.ts answers them). */
export const BRIDGE_CHANNELS = { chooseRole: 'roundtable:choose-role', exitKiosk: 'roundtable:exit-kiosk', askKioskExit: 'roundtable:ask-kiosk-exit' } as const;

/**
 * The desktop app's own origin: it loads the web client from `app://roundtable/` (its privileged scheme), never from
 * the network. The hub accepts requests from exactly this origin (main/hub/origin.ts), besides its own.
 */
export const APP_ORIGIN = 'app://roundtable';

/** The name on `window`. */
export const BRIDGE_KEY = 'roundtable';

const ROLES: readonly string[] = ['chair', 'secretariat', 'tablet'];

/** The bridge on `scope` (the page's window) when it is well formed; null in a browser or when anything is off. */
export function readBridge(scope: object): RoundtableBridge | null {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof bridge !== 'object' || bridge === null) return null;
  const { kind, version, hubUrl, role, chooseRole, exitKiosk, askKioskExit } = bridge as Record<string, unknown>;
  if (kind !== 'electron' || typeof version !== 'string' || typeof hubUrl !== 'string') return null;
  if (role !== null && !ROLES.includes(role as string)) return null;
  if (typeof chooseRole !== 'function' || typeof exitKiosk !== 'function' || typeof askKioskExit !== 'function') return null;
  return {
    kind,
    version,
    hubUrl,
    role: role as DesktopRole | null,
    chooseRole: chooseRole as RoundtableBridge['chooseRole'],
    exitKiosk: exitKiosk as RoundtableBridge['exitKiosk'],
    askKioskExit: askKioskExit as RoundtableBridge['askKioskExit'],
  };
}

/** An answer from over the bridge, checked (whatever does not hold is a refusal, never a success). */
export function readBridgeAnswer(value: unknown): BridgeAnswer {
  const answer = value as Record<string, unknown> | null;
  if (answer?.ok === true) return { ok: true };
  const codes = ['bad_choice', 'wrong_pin', 'locked', 'not_allowed'];
  const code = codes.includes(answer?.code as string) ? (answer!.code as 'bad_choice') : 'not_allowed';
  const message = typeof answer?.message === 'string' ? answer.message.slice(0, 300) : 'The app refused.';
  const retryInMs = typeof answer?.retryInMs === 'number' && Number.isFinite(answer.retryInMs) ? Math.max(0, answer.retryInMs) : 0;
  const reason = (SETUP_REASONS as readonly unknown[]).includes(answer?.reason) ? { reason: answer!.reason as SetupReason } : {};
  return { ok: false, code, message, retryInMs, ...reason };
}
