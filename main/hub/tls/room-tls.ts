// The room's TLS files in <data>/tls (0700, files 0600): made at the first start, the server certificate made again
// when the hub's names change, when it nears its end, or when it no longer chains to the room CA.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_MODE, privateDir } from '../private-files.ts';
import { makeRoomCa, makeServerCertificate, type PemPair } from './certificates.ts';
import { namesKey, type CertificateNames } from './names.ts';

/** A server certificate this close to its end is made again at the next start (or names check). */
const RENEW_BEFORE_MS = 30 * 86_400_000;

export interface RoomTls {
  /** The room CA's certificate, PEM: what tablets install. */
  caPem: string;
  /** The room CA's certificate, DER. */
  caDer: Buffer;
  /** SHA-256 of the CA certificate's DER, 64 lowercase hex: what the room QR carries and the desktop app pins. */
  fingerprint: string;
  /** The server's key and its chain (server certificate, then the CA), PEM, for https.createServer. */
  key: string;
  cert: string;
  names: CertificateNames;
  /** True when this call made a new server certificate (the first start, or a renewal). */
  renewed: boolean;
}

/** Lowercase hex SHA-256 of a certificate's DER; the colons of X509Certificate.fingerprint256 dropped. */
export const fingerprintOf = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

/** `AB:CD:…` in groups of two, as people compare a fingerprint on two screens. */
export const spacedFingerprint = (hex: string) => hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');

function read(dir: string, name: string): PemPair | null {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  if (!existsSync(key) || !existsSync(cert)) return null;
  return { keyPem: readFileSync(key, 'utf8'), certPem: readFileSync(cert, 'utf8') };
}

function write(dir: string, name: string, pair: PemPair): void {
  // The key first and 0600 from its creation: never a moment when it is readable by others.
  writeFileSync(join(dir, `${name}.key`), pair.keyPem, { mode: FILE_MODE });
  writeFileSync(join(dir, `${name}.crt`), pair.certPem, { mode: FILE_MODE });
}

/** Whether a server certificate still fits: signed by this CA, names the same, not near its end. */
function fits(server: PemPair, ca: X509Certificate, names: CertificateNames, now: Date): boolean {
  try {
    const cert = new X509Certificate(server.certPem);
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return false;
    if (Date.parse(cert.validTo) - now.getTime() < RENEW_BEFORE_MS) return false;
    return sanKey(cert) === namesKey(names);
  } catch {
    return false;
  }
}

/** A certificate's subject alternative names as namesKey writes them. */
export function sanKey(cert: X509Certificate): string {
  const dns: string[] = [];
  const ips: string[] = [];
  for (const entry of (cert.subjectAltName ?? '').split(', ')) {
    if (entry.startsWith('DNS:')) dns.push(entry.slice(4));
    else if (entry.startsWith('IP Address:')) ips.push(normalIp(entry.slice(11)));
  }
  return namesKey({ dns: dns.sort(), ips: ips.sort() });
}

// Node writes ::1 in full (0:0:0:0:0:0:0:1); the names list holds the short form.
const normalIp = (ip: string) => (ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip);

/** Loads the room's TLS files from `<dataDir>/tls`, making what is missing or out of date. */
export async function roomTls(dataDir: string, names: CertificateNames, label: string, now: Date = new Date()): Promise<RoomTls> {
  const dir = privateDir(join(dataDir, 'tls'));
  let ca = read(dir, 'room-ca');
  if (!ca) {
    ca = await makeRoomCa(label, now);
    write(dir, 'room-ca', ca);
  }
  const caCert = new X509Certificate(ca.certPem);
  let server = read(dir, 'server');
  let renewed = false;
  if (!server || !fits(server, caCert, names, now)) {
    server = await makeServerCertificate(ca, names, now);
    write(dir, 'server', server);
    renewed = true;
  }
  return {
    caPem: ca.certPem,
    caDer: caCert.raw,
    fingerprint: fingerprintOf(caCert),
    key: server.keyPem,
    cert: server.certPem + ca.certPem,
    names,
    renewed,
  };
}
