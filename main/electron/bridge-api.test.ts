import { describe, expect, it, vi } from 'vitest';
import { bridgeArguments, bridgeFromArgv } from './bridge-api.ts';
import { readBridge } from '../../shared/protocol/bridge.ts';

describe('the bridge', () => {
  it('round-trips through the renderer argv', () => {
    const argv = ['/opt/Roundtable/roundtable', '--type=renderer', ...bridgeArguments({ version: '0.1.0', hubUrl: 'https://127.0.0.1:4010/', role: 'chair' })];
    expect(bridgeFromArgv(argv)).toMatchObject({ kind: 'electron', version: '0.1.0', hubUrl: 'https://127.0.0.1:4010', role: 'chair' });
    expect(bridgeFromArgv(bridgeArguments({ version: '0.1.0', hubUrl: '', role: null }))).toMatchObject({ hubUrl: '', role: null });
  });

  it('is frozen, so the page cannot change what it was told, and the page reads it whole', () => {
    const bridge = bridgeFromArgv(bridgeArguments({ version: '1.2.3', hubUrl: 'https://h:4010', role: 'tablet' }));
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(readBridge({ roundtable: bridge })).toMatchObject({ role: 'tablet', hubUrl: 'https://h:4010' });
    expect(readBridge({ roundtable: { ...bridge, role: 'admin' } })).toBeNull();
    expect(readBridge({ roundtable: { ...bridge, exitKiosk: 'x' } })).toBeNull();
    expect(readBridge({ roundtable: { ...bridge, askKioskExit: undefined } })).toBeNull();
  });

  it('is absent when the window was not opened by the app', () => {
    expect(bridgeFromArgv(['electron', '--type=renderer'])).toBeNull();
    expect(bridgeFromArgv(['--roundtable-hub-url=http://h:4010'])).toBeNull();
    expect(bridgeFromArgv(bridgeArguments({ version: '1', hubUrl: 'https://h', role: 'chair' }).map((a) => a.replace('=chair', '=root')))).toBeNull();
  });

  it('sends only the typed fields, clipped, and reads answers back checked', async () => {
    const invoke = vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, extra: 1 }));
    const bridge = bridgeFromArgv(bridgeArguments({ version: '1', hubUrl: '', role: null }), invoke)!;
    const sneaky = { role: 'tablet', link: 'x'.repeat(5000), pin: '1234', kioskPinHash: 'scrypt:forged' } as never;
    expect(await bridge.chooseRole(sneaky)).toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledWith('roundtable:choose-role', { role: 'tablet', link: 'x'.repeat(2000), pin: '1234' });
    invoke.mockResolvedValueOnce({ ok: false, code: 'wrong_pin', message: 'Wrong PIN', retryInMs: 30_000 });
    expect(await bridge.exitKiosk('0000')).toEqual({ ok: false, code: 'wrong_pin', message: 'Wrong PIN', retryInMs: 30_000 });
    invoke.mockResolvedValueOnce({ ok: 'yes' });
    expect((await bridge.exitKiosk('0000')).ok).toBe(false);
    invoke.mockRejectedValueOnce(new Error('gone'));
    expect(await bridge.exitKiosk('0000')).toMatchObject({ ok: false, code: 'not_allowed' });
    invoke.mockResolvedValueOnce({ ok: true });
    expect(await bridge.askKioskExit()).toEqual({ ok: true });
    expect(invoke).toHaveBeenLastCalledWith('roundtable:ask-kiosk-exit', null);
  });
});
