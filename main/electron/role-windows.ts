// What the first start's choice turns into: the choice checked and remembered (roles.ts), and a tablet's kiosk window
// (kiosk.ts's rules wired to a real window: locked, its exit PIN asked by the app's own /kiosk-exit page, the screen
// kept awake while it shows a meeting). Electron's objects passed in (role-windows.test.ts fakes them).
import type { BridgeAnswer, SetupRequest } from '../../shared/protocol/bridge.ts';
import { hashPin, keepAwake, kioskWindowOptions, lockKiosk, PIN_FORMAT, type KioskLock, type KioskWindowLike, type PowerSaveBlockerLike } from './kiosk.ts';
import { makeChoice, type RoleChoice } from './roles.ts';
import { APP_ORIGIN, appUrl } from './app-protocol.ts';

/** The first start's request checked: a tablet's PIN hashed here (the page never sees a hash), roles.ts's rules. */
export function choiceFromRequest(request: SetupRequest, hash: (pin: string) => string = hashPin): RoleChoice | Extract<BridgeAnswer, { ok: false }> {
  const bad = (reason: NonNullable<Extract<BridgeAnswer, { ok: false }>['reason']>, message: string) => ({ ok: false as const, code: 'bad_choice' as const, message, retryInMs: 0, reason });
  let kioskPinHash: string | null = null;
  if (request.role === 'tablet') {
    if (!request.pin) return bad('pin_needed', 'A kiosk tablet needs the secretariat’s exit PIN.');
    if (!PIN_FORMAT.test(request.pin)) return bad('pin_format', 'The kiosk PIN is 4 to 12 digits.');
    kioskPinHash = hash(request.pin);
  }
  const choice = makeChoice({ role: request.role, link: request.link, kioskPinHash });
  if ('ok' in choice) return bad(choice.reason, choice.message);
  return choice;
}

/**
 * The first page after the first start on the room's hub: the room QR's pairing (`/pair?code=…&meeting=…`, which
 * pairs at once) when the link was one, else null (the role's own start page).
 */
export function pairPathFrom(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    const code = url.searchParams.get('code');
    if (url.pathname.replace(/\/+$/, '') !== '/pair' || !code || !/^\d{6}$/.test(code)) return null;
    const query = new URLSearchParams({ code });
    const meeting = url.searchParams.get('meeting');
    if (meeting && /^[A-Za-z0-9_-]{1,64}$/.test(meeting)) query.set('meeting', meeting);
    return `/pair?${query.toString()}`;
  } catch {
    return null;
  }
}

/** The chord the secretariat presses on a kiosk tablet to be asked for the exit PIN: Ctrl+Alt+Shift+K. */
export const isExitChord = (input: { key: string; control?: boolean; alt?: boolean; shift?: boolean; type?: string }) =>
  input.key.toLowerCase() === 'k' && input.control === true && input.alt === true && input.shift === true && input.type !== 'keyUp';

/** A path of the client that shows a meeting on a tablet: the screen stays awake while one does. */
const MEETING_PATH = /^\/tablet\/[^/]+(\/|$)/;

/** The kiosk window's web contents, beyond what lockKiosk uses: its navigations (the client changes routes in-page). */
export interface KioskContentsLike {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: { key: string; control?: boolean; meta?: boolean; alt?: boolean; shift?: boolean; type?: string }) => void): unknown;
  on(event: 'did-navigate' | 'did-navigate-in-page', listener: (event: unknown, url: string) => void): unknown;
}

export interface TabletWindowLike extends KioskWindowLike {
  loadURL(url: string): Promise<unknown>;
  webContents: KioskContentsLike;
}

/**
 * A tablet's window: kiosk options, locked until the PIN (lockKiosk), Ctrl+Alt+Shift+K (or the page's corner taps,
 * through `openPinPage`) opening the app's own PIN page
 * (app://roundtable/kiosk-exit, which comes back to where it was), the display kept on while a meeting shows.
 */
export function openTabletWindow<B extends { webPreferences: object }, W extends TabletWindowLike>(
  base: B,
  deps: { createWindow(options: ReturnType<typeof kioskWindowOptions<B>>): W; powerSaveBlocker: PowerSaveBlockerLike; pinHash: () => string | null; log: (line: string) => void; now?: () => number },
): { window: W; lock: KioskLock; openPinPage(): void } {
  const window = deps.createWindow(kioskWindowOptions(base));
  const lock = lockKiosk(window, { pinHash: deps.pinHash, ...(deps.now ? { now: deps.now } : {}), onBlocked: (what) => deps.log(`kiosk: blocked ${what}`) });
  const awake = keepAwake(deps.powerSaveBlocker);
  let shown = '/';
  const follow = (_event: unknown, url: string) => {
    if (!url.startsWith(appUrl('/'))) return;
    const path = url.slice(APP_ORIGIN.length).split(/[?#]/)[0] || '/';
    if (path !== '/kiosk-exit') shown = path;
    // The PIN page keeps the screen as it was: the meeting is still under way behind it.
    if (path !== '/kiosk-exit') awake.meetingRunning(MEETING_PATH.test(path));
  };
  window.webContents.on('did-navigate', follow);
  window.webContents.on('did-navigate-in-page', follow);
  const openPinPage = () => {
    void window.loadURL(appUrl(`/kiosk-exit?back=${encodeURIComponent(shown)}`)).catch((error: unknown) => deps.log(`could not open the PIN page: ${String(error)}`));
  };
  window.webContents.on('before-input-event', (event, input) => {
    if (lock.unlocked || !isExitChord(input)) return;
    event.preventDefault();
    openPinPage();
  });
  return { window, lock, openPinPage };
}

/** The page's ask for the PIN page (the corner taps): only the kiosk window's, and only while it is locked. */
export function kioskPinPageAnswer(kiosk: { lock: KioskLock; openPinPage(): void } | null, isKioskWindow: boolean): BridgeAnswer {
  if (!kiosk || !isKioskWindow || kiosk.lock.unlocked) return { ok: false, code: 'not_allowed', message: 'This window is not a kiosk.', retryInMs: 0 };
  kiosk.openPinPage();
  return { ok: true };
}

/** The answer to the PIN page: only the kiosk window may ask; kiosk.ts counts wrong PINs and locks out. */
export function kioskExitAnswer(lock: KioskLock | null, isKioskWindow: boolean, pin: string): BridgeAnswer {
  if (!lock || !isKioskWindow) return { ok: false, code: 'not_allowed', message: 'This window is not a kiosk.', retryInMs: 0 };
  const answer = lock.tryExit(pin);
  if (answer.ok) return { ok: true };
  return answer.reason === 'locked'
    ? { ok: false, code: 'locked', message: 'Too many wrong PINs: wait, then try again.', retryInMs: answer.retryInMs }
    : { ok: false, code: 'wrong_pin', message: 'Wrong PIN.', retryInMs: answer.retryInMs };
}
