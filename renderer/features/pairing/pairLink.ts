/** What the room QR holds: `<hub address>/pair?code=123456&meeting=<meetingId>`. */

const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

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
export function pairUrl(hubAddress: string, code: string, meetingId?: string | null): string {
  const url = new URL('/pair', hubAddress);
  url.searchParams.set('code', code);
  if (meetingId) url.searchParams.set('meeting', meetingId);
  return url.href;
}

/** Reads a scanned room QR: its code and meeting, or null if the text is not a pairing link. */
export function readPairUrl(text: string): { code: string; meetingId: string | null } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.replace(/\/+$/, '') !== '/pair') return null;
  const code = pairCodeOf(url.searchParams.get('code') ?? '');
  return code ? { code, meetingId: meetingIdOf(url.searchParams.get('meeting')) } : null;
}

/** Where a tablet goes once paired: its meeting's tablet screen, or home. */
export function afterPairing(meetingId: string | null): string {
  return meetingId ? `/tablet/${encodeURIComponent(meetingId)}` : '/';
}
