import { describe, expect, it, vi } from 'vitest';
import { hashPin, isEscapeKey, keepAwake, kioskWindowOptions, lockKiosk, pinMatches, type KioskWindowLike } from './kiosk.ts';
import { windowOptions } from './security.ts';

function fakeWindow() {
  const listeners = new Map<string, (...args: never[]) => void>();
  const window = {
    on: (event: string, fn: (...args: never[]) => void) => listeners.set(event, fn),
    setKiosk: vi.fn(),
    setClosable: vi.fn(),
    close: vi.fn(),
    webContents: { on: (event: string, fn: (...args: never[]) => void) => listeners.set(`wc:${event}`, fn) },
  };
  const fire = (event: string, ...args: unknown[]) => {
    const prevented = { value: false };
    (listeners.get(event) as (...a: unknown[]) => void)({ preventDefault: () => (prevented.value = true) }, ...args);
    return prevented.value;
  };
  return { window: window as unknown as KioskWindowLike & typeof window, fire };
}

const PIN = hashPin('482916');

describe('the kiosk window', () => {
  it('is full screen with no menu, no frame, no close and no devtools, on top of the hardened options', () => {
    const options = kioskWindowOptions(windowOptions({ bridge: '/b.cjs', additionalArguments: [] }));
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, closable: false, autoHideMenuBar: true });
    expect(options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('cannot be closed, by the OS or by a key, until the PIN is given', () => {
    const { window, fire } = fakeWindow();
    const lock = lockKiosk(window, { pinHash: () => PIN });
    expect(fire('close')).toBe(true);
    for (const input of [{ key: 'F4', alt: true }, { key: 'w', control: true }, { key: 'q', meta: true }, { key: 'I', control: true, shift: true }, { key: 'F11' }, { key: 'Escape' }]) {
      expect(fire('wc:before-input-event', input), JSON.stringify(input)).toBe(true);
    }
    expect(fire('wc:before-input-event', { key: 'a' })).toBe(false);
    expect(fire('wc:before-input-event', { key: 'ArrowDown' })).toBe(false);
    expect(lock.tryExit('000000')).toMatchObject({ ok: false, reason: 'wrong_pin' });
    expect(window.close).not.toHaveBeenCalled();
    expect(fire('close')).toBe(true);
    expect(lock.tryExit('482916')).toEqual({ ok: true });
    expect(window.setKiosk).toHaveBeenCalledWith(false);
    expect(window.close).toHaveBeenCalledTimes(1);
    expect(fire('close')).toBe(false);
  });

  it('makes a guesser wait after three wrong PINs, longer each time, even for the right one', () => {
    let now = 0;
    const { window } = fakeWindow();
    const lock = lockKiosk(window, { pinHash: () => PIN, now: () => now });
    expect(lock.tryExit('1111')).toMatchObject({ reason: 'wrong_pin', retryInMs: 0 });
    expect(lock.tryExit('2222')).toMatchObject({ reason: 'wrong_pin', retryInMs: 0 });
    expect(lock.tryExit('3333')).toMatchObject({ reason: 'wrong_pin', retryInMs: 30_000 });
    expect(lock.tryExit('482916')).toMatchObject({ ok: false, reason: 'locked' });
    now += 30_000;
    expect(lock.tryExit('4444')).toMatchObject({ reason: 'wrong_pin', retryInMs: 60_000 });
    now += 60_000;
    expect(lock.tryExit('482916')).toEqual({ ok: true });
  });

  it('has no way out when no PIN was set', () => {
    const { window } = fakeWindow();
    const lock = lockKiosk(window, { pinHash: () => null });
    expect(lock.tryExit('482916')).toMatchObject({ ok: false });
    expect(lock.unlocked).toBe(false);
  });

  it('keeps the PIN only as a salted hash and compares it whole', () => {
    expect(PIN).not.toContain('482916');
    expect(hashPin('482916')).not.toBe(PIN);
    expect(pinMatches('482916', PIN)).toBe(true);
    for (const wrong of ['48291', '4829160', '482917', '', 'abcdef']) expect(pinMatches(wrong, PIN)).toBe(false);
    expect(() => hashPin('12')).toThrow(/4 to 12 digits/);
  });

  it('swallows only escape keys', () => {
    expect(isEscapeKey({ key: 'r', control: true })).toBe(false);
    expect(isEscapeKey({ key: 'Tab', alt: true })).toBe(true);
  });
});

describe('keeping the screen awake', () => {
  it('holds the display awake while a meeting runs, and only then', () => {
    const started = new Set<number>();
    let next = 1;
    const blocker = {
      start: vi.fn(() => {
        started.add(next);
        return next++;
      }),
      stop: vi.fn((id: number) => void started.delete(id)),
      isStarted: (id: number) => started.has(id),
    };
    const awake = keepAwake(blocker);
    expect(awake.awake).toBe(false);
    awake.meetingRunning(true);
    awake.meetingRunning(true);
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(awake.awake).toBe(true);
    awake.meetingRunning(false);
    expect(awake.awake).toBe(false);
    expect(blocker.stop).toHaveBeenCalledWith(1);
  });
});
