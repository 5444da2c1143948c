import { describe, expect, it, vi } from 'vitest';
import { advertiseHub, shouldAdvertise, txtOf } from './dnssd.ts';

const FP = 'a'.repeat(64);
const hub = { url: 'https://127.0.0.1:4010', host: '0.0.0.0', fingerprint: FP, name: 'Roundtable hall-a' };

function fakeResponder() {
  return { publish: vi.fn(), unpublishAll: vi.fn((done?: () => void) => done?.()), destroy: vi.fn() };
}

describe('DNS-SD advertising', () => {
  it.each([
    ['every interface', '0.0.0.0', {}, true],
    ['one LAN address', '192.168.1.10', {}, true],
    ['loopback (tests, one machine)', '127.0.0.1', {}, false],
    ['localhost', 'localhost', {}, false],
    ['IPv6 loopback', '::1', {}, false],
    ['turned off', '0.0.0.0', { ROUNDTABLE_DNSSD: '0' }, false],
  ])('%s: advertised %s', (_what, host, env, expected) => {
    expect(shouldAdvertise({ host }, env).ok).toBe(expected);
  });

  it('publishes _roundtable._tcp on the hub’s port with the protocol, the scheme and the room CA’s fingerprint', () => {
    const responder = fakeResponder();
    const stop = advertiseHub(hub, { env: {}, responder: () => responder, log: () => {} });
    expect(responder.publish).toHaveBeenCalledWith({ name: 'Roundtable hall-a', type: 'roundtable', port: 4010, txt: { v: '2', scheme: 'https', fp: FP } });
    stop();
    stop();
    expect(responder.unpublishAll).toHaveBeenCalledTimes(1);
    expect(responder.destroy).toHaveBeenCalledTimes(1);
  });

  it('never opens a responder for a loopback hub or when turned off', () => {
    const factory = vi.fn(fakeResponder);
    const lines: string[] = [];
    advertiseHub({ ...hub, host: '127.0.0.1' }, { env: {}, responder: factory, log: (l) => lines.push(l) })();
    advertiseHub(hub, { env: { ROUNDTABLE_DNSSD: '0' }, responder: factory, log: (l) => lines.push(l) })();
    expect(factory).not.toHaveBeenCalled();
    expect(lines).toEqual(['not advertised on the LAN (DNS-SD): the hub listens on 127.0.0.1 only', 'not advertised on the LAN (DNS-SD): ROUNDTABLE_DNSSD=0']);
  });

  it('says plain HTTP, without a fingerprint, for a test room', () => {
    expect(txtOf({ ...hub, url: 'http://10.0.0.5:4010', fingerprint: null })).toEqual({ v: '2', scheme: 'http' });
  });
});
