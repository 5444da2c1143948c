// The room's certificate authority and the hub's server certificate, made with @peculiar/x509 over Node's WebCrypto.
// Tablets trust the CA once (its certificate from the plain-HTTP page); the server certificate is made again whenever
// the hub's names change, and stays trusted because the same CA signs it.
// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect metadata API before it loads.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { CertificateNames } from './names.ts';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY = 86_400_000;
/** The CA lasts as long as a room's tablets are likely to: trusting it again is a walk round every tablet. */
export const CA_DAYS = 20 * 365;
/** Apple refuses server certificates valid longer than 398 days, even under a CA its user installed. */
export const SERVER_DAYS = 397;

export interface PemPair {
  keyPem: string;
  certPem: string;
}

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;

async function newKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function keyPem(key: CryptoKey): Promise<string> {
  return pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', key));
}

async function importKey(text: string): Promise<CryptoKey> {
  const der = Buffer.from(text.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, KEY_ALGORITHM, false, ['sign']) as Promise<CryptoKey>;
}

const escapeDn = (text: string) => text.replace(/[,+"\\<>;=]/g, (c) => `\\${c}`);

/** A new room CA: a self-signed certificate that may sign server certificates only (path length 0). */
export async function makeRoomCa(label: string, now: Date): Promise<PemPair> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${escapeDn(`Roundtable room CA ${label}`)}, O=Roundtable`,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + CA_DAYS * DAY),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { keyPem: await keyPem(keys.privateKey), certPem: cert.toString('pem') + '\n' };
}

/** A server certificate for `names`, signed by the room CA. */
export async function makeServerCertificate(ca: PemPair, names: CertificateNames, now: Date): Promise<PemPair> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    subject: `CN=${escapeDn(names.dns.find((n) => n !== 'localhost') ?? 'localhost')}, O=Roundtable`,
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + SERVER_DAYS * DAY),
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: await importKey(ca.keyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { keyPem: await keyPem(keys.privateKey), certPem: cert.toString('pem') + '\n' };
}
