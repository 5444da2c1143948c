// Certificate pinning: the app trusts a hub only when its certificate was made by the room CA whose SHA-256 the room
// QR carried (or, for the app's own hub, the one its hub process reported). Not the system's CAs, not the user's: the
// app talks to one hub. Electron's session.setCertificateVerifyProc calls `verifyProc` for every TLS connection.
// No runtime import of `electron` here (see main.ts): Electron's certificate is passed in as its plain fields.
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** The fields of Electron's Certificate used here. */
export interface CertificateLike {
  /** PEM. */
  data: string;
  issuerCert?: CertificateLike | null;
}

export interface VerifyRequest {
  hostname: string;
  certificate: CertificateLike;
}

/** Electron's verification results: 0 trusted, -2 refused (-3, "as Chromium says", is never used: no other CA counts). */
export const TRUSTED = 0;
export const REFUSED = -2;

export type PinVerdict = { ok: true } | { ok: false; reason: 'no_pin' | 'not_room_ca' | 'wrong_name' | 'expired' | 'unreadable'; presented: string | null };

const sha256Of = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

function chainOf(leaf: CertificateLike): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let at: CertificateLike | null | undefined = leaf;
  while (at && chain.length < 8) {
    const cert = new X509Certificate(at.data);
    if (chain.some((c) => c.raw.equals(cert.raw))) break;
    chain.push(cert);
    at = at.issuerCert;
  }
  return chain;
}

/**
 * Whether `request` is the pinned hub: the chain holds the certificate whose SHA-256 is `pin` (a CA), the leaf was
 * signed by that CA's key (a chain that merely carries the public CA beside a leaf of its own is refused), names the
 * host, and is within its dates.
 */
export function judgeCertificate(request: VerifyRequest, pin: string | null, now: Date = new Date()): PinVerdict {
  let chain: X509Certificate[];
  try {
    chain = chainOf(request.certificate);
  } catch {
    return { ok: false, reason: 'unreadable', presented: null };
  }
  const leaf = chain[0];
  if (!leaf) return { ok: false, reason: 'unreadable', presented: null };
  const presented = sha256Of(chain[chain.length - 1]!);
  if (!pin) return { ok: false, reason: 'no_pin', presented };
  const ca = chain.find((cert) => sha256Of(cert) === pin.toLowerCase());
  if (!ca || !ca.ca || !leaf.checkIssued(ca) || !leaf.verify(ca.publicKey)) return { ok: false, reason: 'not_room_ca', presented };
  const host = request.hostname.replace(/^\[|\]$/g, '');
  const named = isIP(host) ? leaf.checkIP(host) !== undefined : leaf.checkHost(host) !== undefined;
  if (!named) return { ok: false, reason: 'wrong_name', presented };
  if (now < new Date(leaf.validFrom) || now > new Date(leaf.validTo)) return { ok: false, reason: 'expired', presented };
  return { ok: true };
}

/** For `session.setCertificateVerifyProc`: trusted only by the pin; every refusal told once per host and reason. */
export function certificateVerifyProc(options: { pin: () => string | null; onRefused: (hostname: string, verdict: Exclude<PinVerdict, { ok: true }>) => void }) {
  const told = new Set<string>();
  return (request: VerifyRequest, callback: (result: number) => void): void => {
    const verdict = judgeCertificate(request, options.pin());
    if (verdict.ok) return callback(TRUSTED);
    const key = `${request.hostname} ${verdict.reason} ${verdict.presented}`;
    if (!told.has(key)) {
      told.add(key);
      options.onRefused(request.hostname, verdict);
    }
    callback(REFUSED);
  };
}

/** The message the app shows when a hub is refused: what was expected, what came, what to do. */
export function refusalMessage(hostname: string, verdict: Exclude<PinVerdict, { ok: true }>, pin: string | null): { title: string; detail: string } {
  const spaced = (hex: string | null) => (hex ? hex.toUpperCase().replace(/(..)(?!$)/g, '$1:') : 'none');
  const why = {
    no_pin: 'this app has no room certificate to check it against (scan the room QR again)',
    not_room_ca: "its certificate was not made by this room's certificate authority",
    wrong_name: `its certificate does not name ${hostname}`,
    expired: 'its certificate is out of date',
    unreadable: 'its certificate could not be read',
  }[verdict.reason];
  return {
    title: 'This is not the room’s hub / Đây không phải máy chủ của phòng họp',
    detail:
      `The hub at ${hostname} was refused: ${why}.\n` +
      `Expected room certificate SHA-256: ${spaced(pin)}\nPresented: ${spaced(verdict.presented)}\n\n` +
      'Ask the secretariat for the room QR and pair again; if this hub is the right one, its data folder was replaced.\n' +
      `Máy chủ ${hostname} bị từ chối: chứng chỉ không khớp với dấu vân tay trong mã QR của phòng họp. Hãy quét lại mã QR của phòng họp.`,
  };
}
