/** Why a badge was refused (shared/domain/badge-token.ts checks them); error codes like the others. */
export const BADGE_REFUSALS = [
  'badge_malformed', // not a Roundtable badge at all
  'badge_truncated', // starts like one, but parts are missing or cut short
  'badge_other_meeting', // a badge of another meeting
  'badge_forged', // not signed by this hub
  'badge_altered', // a genuine badge's signature on changed contents
  'badge_expired',
  'badge_revoked', // replaced by a newer badge, or the delegate was removed
] as const;
export type BadgeRefusal = (typeof BADGE_REFUSALS)[number];

/** Stable error codes: clients branch on the code, people read the message. */
export const ERROR_CODES = [
  'bad_request', // the payload does not match the event's schema
  'unknown_event', // no such event in this protocol version
  'protocol_mismatch', // the client speaks another protocol version
  'not_signed_in', // the event needs a signed-in role
  'not_paired', // this device has not paired with the hub (room QR or pairing code) and may read nothing yet
  'session_elsewhere', // the delegate is signed in on another device; send again with takeOver to move the session
  'forbidden', // the signed-in role may not send this event, or read this resource
  'bad_passcode', // sign-in refused
  'rate_limited', // too many attempts; wait and try again
  'session_expired', // the session token is unknown, revoked or expired
  'not_found', // the meeting, item, document... named does not exist
  'not_published', // the meeting exists but is a draft the secretariat has not published yet; ask again later
  'conflict', // the command contradicts the current state (duplicate id, item with children...)
  'payload_too_large', // an upload over the hub's size limit
  'bad_document', // an upload that is not a PDF the tablets can show (encrypted, damaged, empty...)
  'internal', // a bug or an I/O failure on the hub; nothing was written
  ...BADGE_REFUSALS,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
