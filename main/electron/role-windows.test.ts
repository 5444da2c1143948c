import { describe, expect, it, vi } from 'vitest';
import { hashPin } from './kiosk.ts';
import { choiceFromRequest, isExitChord, openTabletWindow, pairPathFrom } from './role-windows.ts';

type Listener = (...args: never[]) => void;

function fakeTablet() {
  const listeners = new Map<string, Listener[]>();
  const on = (event: string, listener: Listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  const emit = (event: string, ...args: unknown[]) => {
    for (const l of listeners.get(event) ?? []) (l as (...a: unknown[]) => void)(...args);
  };
  const window = {
    on,
    setKiosk: vi.fn(),
    setClosable: vi.fn(),
    close: vi.fn(),
    loadURL: vi.fn(() => Promise.resolve()),
    getURL: () => '',
    webContents: { on: (event: string, listener: Listener) => on(`wc:${event}`, listener) },
  };
  let started = 0;
  const running = new Set<number>();
  const blocker = {
    start: vi.fn(() => {
      running.add(++started);
      return started;
    }),
    stop: vi.fn((id: number) => void running.delete(id)),
    isStarted: (id: number) => running.has(id),
  };
  const pinHash = hashPin('2468');
  const opened = openTabletWindow({ webPreferences: { sandbox: true } }, { createWindow: () => window, powerSaveBlocker: blocker, pinHash: () => pinHash, log: () => {} });
  const key = (input: Record<string, unknown>) => {
    const event = { preventDefault: vi.fn() };
    emit('wc:before-input-event', event, input);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { ...opened, window, blocker, running, emit, key };
}

describe('a kiosk tablet’s window', () => {
  it('keeps the screen on while it shows a meeting, also behind the PIN page, and lets it sleep after', () => {
    const { emit, running } = fakeTablet();
    emit('wc:did-navigate', {}, 'app://roundtable/');
    expect(running.size).toBe(0);
    emit('wc:did-navigate-in-page', {}, 'app://roundtable/tablet/m1?x=1');
    expect(running.size).toBe(1);
    emit('wc:did-navigate', {}, 'app://roundtable/kiosk-exit?back=%2Ftablet%2Fm1');
    expect(running.size).toBe(1);
    emit('wc:did-navigate-in-page', {}, 'app://roundtable/tablet/m1/documents/d1');
    expect(running.size).toBe(1);
    emit('wc:did-navigate-in-page', {}, 'app://roundtable/');
    expect(running.size).toBe(0);
    emit('wc:did-navigate', {}, 'https://elsewhere.example/tablet/m1');
    expect(running.size).toBe(0);
  });

  it('opens the app’s PIN page on Ctrl+Alt+Shift+K, coming back to the meeting shown, and not after it is unlocked', () => {
    const { emit, key, window, lock } = fakeTablet();
    emit('wc:did-navigate-in-page', {}, 'app://roundtable/tablet/m1');
    expect(key({ key: 'k', control: true, alt: true, shift: false, type: 'keyDown' })).toBe(false);
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(key({ key: 'K', control: true, alt: true, shift: true, type: 'keyDown' })).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/kiosk-exit?back=%2Ftablet%2Fm1');
    expect(key({ key: 'F4', alt: true })).toBe(true);
    expect(lock.tryExit('2468')).toEqual({ ok: true });
    window.loadURL.mockClear();
    key({ key: 'k', control: true, alt: true, shift: true, type: 'keyDown' });
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(isExitChord({ key: 'k', control: true, alt: true, shift: true, type: 'keyUp' })).toBe(false);
  });

  it('checks the first start’s request: the PIN hashed, never kept as typed', () => {
    const QR = `https://192.168.1.10:4010/pair?fp=${'cd'.repeat(32)}`;
    expect(choiceFromRequest({ role: 'tablet', link: QR, pin: null })).toMatchObject({ ok: false, reason: 'pin_needed' });
    expect(choiceFromRequest({ role: 'tablet', link: QR, pin: '12a4' })).toMatchObject({ ok: false, reason: 'pin_format' });
    expect(choiceFromRequest({ role: 'tablet', link: null, pin: '2468' })).toMatchObject({ ok: false, reason: 'tablet_needs_hub' });
    expect(choiceFromRequest({ role: 'projector' as never, link: null, pin: null })).toMatchObject({ ok: false, reason: 'unknown_role' });
    expect(choiceFromRequest({ role: 'secretariat', link: 'https://192.168.1.10:4010', pin: null })).toMatchObject({ ok: false, reason: 'no_fingerprint' });
    expect(choiceFromRequest({ role: 'chair', link: null, pin: '2468' })).toEqual({ role: 'chair', hub: 'embedded', kioskPinHash: null });
    expect(choiceFromRequest({ role: 'tablet', link: QR, pin: '2468' }, (pin) => `hashed(${pin.length})`)).toMatchObject({ role: 'tablet', kioskPinHash: 'hashed(4)' });
  });

  it('opens the room QR’s pairing first, its code and meeting only', () => {
    const fp = 'cd'.repeat(32);
    expect(pairPathFrom(`https://192.168.1.10:4010/pair?code=123456&meeting=demo&fp=${fp}`)).toBe('/pair?code=123456&meeting=demo');
    expect(pairPathFrom(`https://192.168.1.10:4010/pair?code=123456&meeting=../x&fp=${fp}`)).toBe('/pair?code=123456');
    expect(pairPathFrom(`https://192.168.1.10:4010/pair?fp=${fp}`)).toBeNull();
    expect(pairPathFrom(`https://192.168.1.10:4010/console/demo?code=123456`)).toBeNull();
    expect(pairPathFrom('not a url')).toBeNull();
    expect(pairPathFrom(null)).toBeNull();
  });
});
