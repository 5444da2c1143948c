import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeRoomCa, makeServerCertificate } from '../hub/tls/certificates.ts';
import { roomTls, type RoomTls } from '../hub/tls/room-tls.ts';
import { certificateVerifyProc, judgeCertificate, REFUSED, refusalMessage, TRUSTED, type CertificateLike } from './pinning.ts';

const NAMES = { dns: ['hall-a', 'localhost'], ips: ['127.0.0.1', '192.168.1.10'] };
const split = (chain: string) => chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n/g)!;
/** A chain as Electron hands it: the leaf, its issuerCert, and so on. */
const electronChain = (...pems: string[]): CertificateLike =>
  pems.reduceRight<CertificateLike | null>((issuer, data) => ({ data, issuerCert: issuer }), null)!;

describe('certificate pinning', () => {
  const dirs: string[] = [];
  let room: RoomTls;
  let other: RoomTls;
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) dirs.push(mkdtempSync(join(tmpdir(), 'rt-pin-')));
    room = await roomTls(dirs[0]!, NAMES, 'room');
    other = await roomTls(dirs[1]!, NAMES, 'other');
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const roomChain = () => electronChain(...split(room.cert));

  it.each([
    ['127.0.0.1'],
    ['192.168.1.10'],
    ['localhost'],
  ])('trusts the room’s hub at %s: a leaf the pinned CA signed, naming the host', (hostname) => {
    expect(judgeCertificate({ hostname, certificate: roomChain() }, room.fingerprint)).toEqual({ ok: true });
  });

  it('refuses another room’s hub, with what it presented', () => {
    const verdict = judgeCertificate({ hostname: '127.0.0.1', certificate: electronChain(...split(other.cert)) }, room.fingerprint);
    expect(verdict).toEqual({ ok: false, reason: 'not_room_ca', presented: other.fingerprint });
  });

  it('refuses a leaf of its own served beside the (public) room CA', async () => {
    const forged = await makeServerCertificate({ keyPem: other.key, certPem: split(other.cert)[1]! }, NAMES, new Date());
    const chain = electronChain(split(forged.certPem)[0]!, room.caPem);
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: chain }, room.fingerprint)).toMatchObject({ ok: false, reason: 'not_room_ca' });
  });

  it('refuses the room CA itself presented as the leaf, and a CA made with the same name elsewhere', async () => {
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: electronChain(room.caPem) }, room.fingerprint)).toMatchObject({ ok: false });
    const twin = await makeRoomCa('room', new Date());
    const twinLeaf = await makeServerCertificate(twin, NAMES, new Date());
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: electronChain(twinLeaf.certPem, twin.certPem) }, room.fingerprint)).toMatchObject({
      ok: false,
      reason: 'not_room_ca',
    });
  });

  it('refuses a host the certificate does not name, an expired leaf, no pin, and garbage', () => {
    expect(judgeCertificate({ hostname: '10.9.9.9', certificate: roomChain() }, room.fingerprint)).toMatchObject({ reason: 'wrong_name' });
    expect(judgeCertificate({ hostname: 'evil.example', certificate: roomChain() }, room.fingerprint)).toMatchObject({ reason: 'wrong_name' });
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: roomChain() }, room.fingerprint, new Date('2100-01-01'))).toMatchObject({ reason: 'expired' });
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: roomChain() }, null)).toMatchObject({ reason: 'no_pin' });
    expect(judgeCertificate({ hostname: '127.0.0.1', certificate: { data: 'not a certificate' } }, room.fingerprint)).toMatchObject({ reason: 'unreadable' });
  });

  it('answers Electron with 0 or -2 only, and tells each refusal once', () => {
    const onRefused = vi.fn();
    const proc = certificateVerifyProc({ pin: () => room.fingerprint, onRefused });
    const results: number[] = [];
    proc({ hostname: '127.0.0.1', certificate: roomChain() }, (r) => results.push(r));
    proc({ hostname: '127.0.0.1', certificate: electronChain(...split(other.cert)) }, (r) => results.push(r));
    proc({ hostname: '127.0.0.1', certificate: electronChain(...split(other.cert)) }, (r) => results.push(r));
    expect(results).toEqual([TRUSTED, REFUSED, REFUSED]);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(onRefused).toHaveBeenCalledWith('127.0.0.1', expect.objectContaining({ reason: 'not_room_ca' }));
  });

  it('says plainly, in both languages, what was expected and what came', () => {
    const message = refusalMessage('192.168.1.10', { ok: false, reason: 'not_room_ca', presented: other.fingerprint }, room.fingerprint);
    expect(message.title).toContain('not the room’s hub');
    expect(message.title).toContain('Đây không phải máy chủ của phòng họp');
    expect(message.detail).toContain(room.fingerprint.slice(0, 2).toUpperCase() + ':');
    expect(message.detail).toContain(other.fingerprint.slice(-2).toUpperCase());
    expect(message.detail).toContain('Hãy quét lại mã QR');
  });
});
