import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { certificateNames } from './names.ts';
import { roomTls, sanKey, spacedFingerprint } from './room-tls.ts';

const LAN = { eth0: [{ address: '192.168.1.10', family: 'IPv4', internal: false }], lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] };

describe('certificate names', () => {
  it.each([
    ['every interface: LAN addresses, host name, mDNS name, loopback', '0.0.0.0', 'Hall-A', { dns: ['hall-a', 'hall-a.local', 'localhost'], ips: ['127.0.0.1', '192.168.1.10', '::1'] }],
    ['one address: that one and loopback', '192.168.1.10', 'hall-a.local', { dns: ['hall-a.local', 'localhost'], ips: ['127.0.0.1', '192.168.1.10', '::1'] }],
    ['a host name that is no DNS name is left out', '127.0.0.1', 'Máy chủ_1', { dns: ['localhost'], ips: ['127.0.0.1', '::1'] }],
  ])('%s', (_what, host, hostname, names) => {
    expect(certificateNames(host, LAN as never, hostname)).toEqual(names);
  });
});

describe('the room TLS files', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'roundtable-tls-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const names = { dns: ['hall-a', 'hall-a.local', 'localhost'], ips: ['127.0.0.1', '192.168.1.10', '::1'] };
  const serverOf = (chain: string) => new X509Certificate(chain.slice(0, chain.indexOf('-----END CERTIFICATE-----') + 25));

  it('makes a CA and a server certificate naming every name, chained to it, keys 0600', async () => {
    const d = dir();
    const tls = await roomTls(d, names, 'test', new Date('2026-12-07T00:00:00Z'));
    expect(tls.renewed).toBe(true);
    const ca = new X509Certificate(tls.caPem);
    const server = serverOf(tls.cert);
    expect(ca.ca).toBe(true);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(sanKey(server)).toBe('hall-a hall-a.local localhost 127.0.0.1 192.168.1.10 ::1');
    expect(server.keyUsage).toContain('1.3.6.1.5.5.7.3.1');
    // At most 398 days: Apple refuses longer server certificates even under a CA the user trusted.
    expect(Date.parse(server.validTo) - Date.parse(server.validFrom)).toBeLessThanOrEqual(398 * 86_400_000);
    expect(tls.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(spacedFingerprint(tls.fingerprint)).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    if (process.platform !== 'win32') for (const f of ['room-ca.key', 'server.key']) expect(statSync(join(d, 'tls', f)).mode & 0o777).toBe(0o600);
  });

  it('keeps both while nothing changed; makes only the server certificate again when a name changes or its end nears', async () => {
    const d = dir();
    const now = new Date('2026-12-07T00:00:00Z');
    const first = await roomTls(d, names, 'test', now);
    const same = await roomTls(d, names, 'test', now);
    expect(same.renewed).toBe(false);
    expect(same.cert).toBe(first.cert);
    const moved = await roomTls(d, { ...names, ips: ['127.0.0.1', '192.168.7.20', '::1'] }, 'test', now);
    expect(moved.renewed).toBe(true);
    expect(moved.fingerprint).toBe(first.fingerprint);
    expect(serverOf(moved.cert).checkIP('192.168.7.20')).toBe('192.168.7.20');
    expect(serverOf(moved.cert).checkIP('192.168.1.10')).toBeUndefined();
    const late = await roomTls(d, moved.names, 'test', new Date(now.getTime() + 380 * 86_400_000));
    expect(late.renewed).toBe(true);
    expect(late.fingerprint).toBe(first.fingerprint);
  });

  it('makes the server certificate again when it was not signed by the room CA', async () => {
    const d = dir();
    const first = await roomTls(d, names, 'test');
    const other = await roomTls(dir(), names, 'other');
    writeFileSync(join(d, 'tls', 'server.crt'), serverOf(other.cert).toString());
    writeFileSync(join(d, 'tls', 'server.key'), other.key);
    const again = await roomTls(d, names, 'test');
    expect(again.renewed).toBe(true);
    expect(serverOf(again.cert).checkIssued(new X509Certificate(first.caPem))).toBe(true);
  });
});
