import { describe, expect, it, vi } from 'vitest';
import { followDisplays, projectorDisplay, type DisplayLike } from './displays.ts';
import { hubFromLink, makeChoice, readChoice, startPathFor, writeChoice } from './roles.ts';

const FP = 'c'.repeat(64);
const QR = `https://192.168.1.10:4010/pair?code=042517&meeting=demo&fp=${FP}`;

describe('the role chosen at first start', () => {
  it.each([
    ['the room QR', QR, { url: 'https://192.168.1.10:4010', fingerprint: FP }],
    ['a test room on plain HTTP, typed', 'http://10.0.0.5:4010', { url: 'http://10.0.0.5:4010', fingerprint: null }],
  ])('reads the hub from %s', (_what, text, hub) => {
    expect(hubFromLink(text)).toEqual(hub);
  });

  it.each([
    ['a typed https address: nothing to pin', '192.168.1.10:4010', /scan the room QR/],
    ['a damaged fingerprint', `https://h:4010/pair?code=1&fp=${FP.slice(2)}`, /damaged/],
    ['another scheme', 'ftp://h/', /https/],
    ['not an address', 'http://', /Not an address/],
  ])('refuses %s', (_what, text, message) => {
    expect(hubFromLink(text)).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });

  it('needs the room’s hub and an exit PIN for a kiosk tablet; the chair and the secretariat run their own hub', () => {
    expect(makeChoice({ role: 'tablet', link: QR, kioskPinHash: 'scrypt:a:b' })).toEqual({
      role: 'tablet',
      hub: { url: 'https://192.168.1.10:4010', fingerprint: FP },
      kioskPinHash: 'scrypt:a:b',
    });
    expect(makeChoice({ role: 'tablet', kioskPinHash: 'scrypt:a:b' })).toMatchObject({ ok: false, message: expect.stringMatching(/room QR/) });
    expect(makeChoice({ role: 'tablet', link: QR })).toMatchObject({ ok: false, message: expect.stringMatching(/PIN/) });
    expect(makeChoice({ role: 'chair' })).toEqual({ role: 'chair', hub: 'embedded', kioskPinHash: null });
    expect(makeChoice({ role: 'chair', kioskPinHash: 'x' })).toMatchObject({ kioskPinHash: null });
    expect(makeChoice({ role: 'projector' })).toMatchObject({ ok: false });
  });

  it('is remembered, and a file that does not hold is asked again', () => {
    const choice = makeChoice({ role: 'tablet', link: QR, kioskPinHash: 'scrypt:a:b' });
    expect(readChoice(writeChoice(choice as never))).toEqual(choice);
    expect(readChoice(writeChoice({ role: 'secretariat', hub: 'embedded', kioskPinHash: null }))).toMatchObject({ role: 'secretariat' });
    for (const bad of [null, '', '{', '{"role":"tablet","hub":"embedded","kioskPinHash":"x"}', `{"role":"tablet","hub":{"url":"https://h","fingerprint":"zz"},"kioskPinHash":"x"}`]) {
      expect(readChoice(bad), String(bad)).toBeNull();
    }
  });

  it('opens each role’s screen', () => {
    expect(startPathFor('chair', 'demo')).toBe('/console/demo');
    expect(startPathFor('secretariat', null)).toBe('/secretariat');
    expect(startPathFor('tablet', 'ky hop')).toBe('/tablet/ky%20hop');
  });
});

describe('the chair’s projector display', () => {
  const d = (id: number, width: number, height: number, x = 0): DisplayLike => ({ id, bounds: { x, y: 0, width, height } });

  it('goes on the largest display that is not the console’s, or nowhere', () => {
    expect(projectorDisplay([d(1, 1920, 1080)], 1)).toBeNull();
    expect(projectorDisplay([d(1, 1920, 1080), d(2, 1280, 720, 1920), d(3, 3840, 2160, 3200)], 1)?.id).toBe(3);
    expect(projectorDisplay([d(1, 1920, 1080), d(2, 1280, 720, 1920)], 2)?.id).toBe(1);
  });

  it('follows displays plugged in and out, acting only when its display changes', () => {
    let displays = [d(1, 1920, 1080)];
    const listeners: (() => void)[] = [];
    const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]!, on: (_e: string, fn: () => void) => listeners.push(fn) };
    const projector = { showOn: vi.fn(), close: vi.fn() };
    const follower = followDisplays(screen, projector);
    expect(follower.current()).toBeNull();
    expect(projector.showOn).not.toHaveBeenCalled();
    displays = [d(1, 1920, 1080), d(2, 1280, 720, 1920)];
    for (const fn of listeners) fn();
    expect(projector.showOn).toHaveBeenCalledTimes(1);
    expect(projector.showOn).toHaveBeenLastCalledWith(displays[1]);
    listeners[2]!();
    expect(projector.showOn).toHaveBeenCalledTimes(1);
    displays = [d(1, 1920, 1080), d(2, 1920, 1080, 1920)];
    listeners[2]!();
    expect(projector.showOn).toHaveBeenCalledTimes(2);
    displays = [d(1, 1920, 1080)];
    listeners[1]!();
    expect(projector.close).toHaveBeenCalledTimes(1);
    expect(follower.current()).toBeNull();
  });
});
