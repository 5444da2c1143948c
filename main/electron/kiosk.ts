// A tablet's window: full screen, no menu, no devtools, no way out but the secretariat's PIN, the screen kept awake
// while a meeting runs. Plain functions over the few methods of Electron's objects they use (kiosk.test.ts fakes them).
// No runtime import of `electron` here (see main.ts).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** The options a tablet's BrowserWindow adds to windowOptions(): kiosk, full screen, nothing to close or resize. */
export function kioskWindowOptions<T extends { webPreferences: object }>(base: T) {
  return {
    ...base,
    kiosk: true,
    fullscreen: true,
    frame: false,
    closable: false,
    minimizable: false,
    maximizable: false,
    resizable: false,
    movable: false,
    autoHideMenuBar: true,
    webPreferences: { ...base.webPreferences, devTools: false },
  };
}

/** The exit PIN as the app keeps it: scrypt, salted. Four to twelve digits. */
export const PIN_FORMAT = /^\d{4,12}$/;

export function hashPin(pin: string): string {
  if (!PIN_FORMAT.test(pin)) throw new Error('The kiosk PIN is 4 to 12 digits.');
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('hex')}:${scryptSync(pin, salt, 32).toString('hex')}`;
}

export function pinMatches(typed: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split(':');
  if (kind !== 'scrypt' || !salt || !hash || !PIN_FORMAT.test(typed)) return false;
  const expected = Buffer.from(hash, 'hex');
  const got = scryptSync(typed, Buffer.from(salt, 'hex'), expected.length);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Keys that would leave, reload into devtools or hide the kiosk: swallowed before the page sees them. */
export function isEscapeKey(input: { key: string; control?: boolean; meta?: boolean; alt?: boolean; shift?: boolean; type?: string }): boolean {
  const key = input.key.toLowerCase();
  const mod = input.control === true || input.meta === true;
  if (key === 'f4' && input.alt) return true;
  if (key === 'f11' || key === 'f12' || key === 'escape') return true;
  if (mod && ['w', 'q', 'n', 't', 'm', 'h', 'p', 'o', 'l'].includes(key)) return true;
  if (mod && input.shift && ['i', 'j', 'c', 'delete'].includes(key)) return true;
  if (input.alt && (key === 'tab' || key === ' ')) return true;
  return false;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The methods of a tablet's BrowserWindow used here. */
export interface KioskWindowLike {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  setKiosk(flag: boolean): void;
  setClosable(flag: boolean): void;
  close(): void;
  webContents: {
    on(event: 'before-input-event', listener: (event: PreventableEvent, input: { key: string; control?: boolean; meta?: boolean; alt?: boolean; shift?: boolean; type?: string }) => void): unknown;
  };
}

export type ExitAnswer = { ok: true } | { ok: false; reason: 'wrong_pin' | 'locked'; retryInMs: number };

export interface KioskLock {
  /** The secretariat typed a PIN: right, and the window may close; wrong, and the next try waits longer. */
  tryExit(pin: string): ExitAnswer;
  readonly unlocked: boolean;
}

/**
 * Locks `window`: it cannot be closed (Alt+F4, the OS's close, Ctrl+W all refused) and escape keys are swallowed,
 * until `tryExit` gets the PIN. Three wrong PINs in a row, then 30 s, doubling to 15 min: a PIN is too short to be
 * guessed at the tablet's speed.
 */
export function lockKiosk(window: KioskWindowLike, options: { pinHash: () => string | null; now?: () => number; onBlocked?: (what: string) => void }): KioskLock {
  const now = options.now ?? Date.now;
  let unlocked = false;
  let wrong = 0;
  let lockedUntil = 0;
  window.on('close', (event) => {
    if (unlocked) return;
    event.preventDefault();
    options.onBlocked?.('close');
  });
  window.webContents.on('before-input-event', (event, input) => {
    if (unlocked || !isEscapeKey(input)) return;
    event.preventDefault();
    options.onBlocked?.(`key ${input.key}`);
  });
  return {
    get unlocked() {
      return unlocked;
    },
    tryExit(pin) {
      const at = now();
      if (at < lockedUntil) return { ok: false, reason: 'locked', retryInMs: lockedUntil - at };
      const stored = options.pinHash();
      if (stored && pinMatches(pin, stored)) {
        unlocked = true;
        wrong = 0;
        window.setKiosk(false);
        window.setClosable(true);
        window.close();
        return { ok: true };
      }
      wrong++;
      const wait = wrong < 3 ? 0 : Math.min(15 * 60_000, 30_000 * 2 ** (wrong - 3));
      lockedUntil = at + wait;
      return { ok: false, reason: 'wrong_pin', retryInMs: wait };
    },
  };
}

/** The part of Electron's powerSaveBlocker used here. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

/** Keeps the tablet's screen on while a meeting runs (published and not closed), and lets it sleep otherwise. */
export function keepAwake(blocker: PowerSaveBlockerLike) {
  let id: number | null = null;
  return {
    meetingRunning(running: boolean): void {
      if (running && (id === null || !blocker.isStarted(id))) id = blocker.start('prevent-display-sleep');
      if (!running && id !== null) {
        blocker.stop(id);
        id = null;
      }
    },
    get awake() {
      return id !== null && blocker.isStarted(id);
    },
  };
}
