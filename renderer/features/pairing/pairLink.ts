/**
 * What the room QR holds: `<hub address>/pair?code=123456&meeting=<meetingId>&fp=<sha256>`. `fp`, the room CA's
 * SHA-256 fingerprint (64 lowercase hex), is left out by a hub on plain HTTP; readers that do not know it ignore it,
 * and a link without it still pairs (docs/protocol.md, *The room QR*).
 */

const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The fingerprint of a pairing link, if it is a well-formed one (colons and upper case are read too). */
export function fingerprintOf(text: string | null): string | null {
  const hex = text?.replace(/:/g, '').toLowerCase() ?? '';
  return FINGERPRINT.test(hex) ? hex : null;
}

/** The pairing code as typed or read: digits only (spaces and dashes dropped), or null if not six digits. */
export function pairCodeOf(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The meeting id of a pairing link, if it is a valid one. */
export function meetingIdOf(text: string | null): string | null {
  return text && MEETING_ID.test(text) ? text : null;
}

/** The room QR's address for one of the hub's addresses (e.g. `http://192.168.1.10:4010`). */
export function pairUrl(hubAddress: string, code: string, meetingId?: string | null, fingerprint?: string | null): string {
  const url = new URL('/pair', hubAddress);
  url.searchParams.set('code', code);
  if (meetingId) url.searchParams.set('meeting', meetingId);
  if (fingerprint) url.searchParams.set('fp', fingerprint);
  return url.href;
}

/** Reads a scanned room QR: its code, meeting and fingerprint, or null if the text is not a pairing link. */
export function readPairUrl(text: string): { code: string; meetingId: string | null; fingerprint: string | null } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.replace(/\/+$/, '') !== '/pair') return null;
  const code = pairCodeOf(url.searchParams.get('code') ?? '');
  return code ? { code, meetingId: meetingIdOf(url.searchParams.get('meeting')), fingerprint: fingerprintOf(url.searchParams.get('fp')) } : null;
}

/** Where a tablet goes once paired: its meeting's tablet screen, or home. */
export function afterPairing(meetingId: string | null): string {
  return meetingId ? `/tablet/${encodeURIComponent(meetingId)}` : '/';
}
