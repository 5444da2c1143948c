import { describe, expect, it } from 'vitest';
import { readElectronBridge } from './electron.ts';
import { describeUserAgent } from './deviceName.ts';
import { memoryStorage } from './index.ts';

describe('platform', () => {
  it('reads the Electron bridge only when it is well formed', () => {
    expect(readElectronBridge({})).toBeNull();
    expect(readElectronBridge({ roundtable: { kind: 'electron', version: 1, hubUrl: 'x' } })).toBeNull();
    const functions = { chooseRole: () => Promise.resolve({ ok: true }), exitKiosk: () => Promise.resolve({ ok: true }), askKioskExit: () => Promise.resolve({ ok: true }) };
    expect(readElectronBridge({ roundtable: { kind: 'electron', version: '0.1.0', hubUrl: 'https://h:4010', role: 'tablet' } })).toBeNull();
    expect(readElectronBridge({ roundtable: { kind: 'electron', version: '0.1.0', hubUrl: 'https://h:4010', role: 'tablet', ...functions } })).toMatchObject({
      kind: 'electron',
      version: '0.1.0',
      hubUrl: 'https://h:4010',
      role: 'tablet',
    });
  });

  it('names devices from their user agent', () => {
    expect(describeUserAgent('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Safari/537.36')).toBe('Chrome on Android');
    expect(describeUserAgent('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit Version/17.0 Safari/604.1')).toBe('Safari on iOS');
    expect(describeUserAgent('')).toBe('Browser');
  });

  it('keeps values in memory when Web Storage is unavailable', () => {
    const storage = memoryStorage();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
  });
});
