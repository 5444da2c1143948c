import { z } from 'zod';
import { PreloadDevice } from './commands/preload.ts';
import { Change, Id } from './model.ts';
import { PROTOCOL_VERSION } from './version.ts';

/**
 * Why the hub ended a session: `signed_in_elsewhere` (the delegate signed in on another device), `removed`
 * (taken off the delegate list), `unpaired` (the secretariat unpaired the device, or the device's token no longer
 * counts), `expired`, `revoked` (the session presented was ended earlier, reason not recorded), `unknown_session`
 * (a token the hub does not know), `other_device` (a session presented by another device than the one it was
 * made on), `signed_out` (signed out, on this connection or another holding the same session), `passcode_reset`
 * (the admin passcode was reset: the sessions signed in with it end), `badge_reissued` (a new badge was issued to the delegate:
 * the sessions opened with the old one end), `credential_revoked` (the secretariat revoked the staff credential the
 * session was opened with).
 */
export const SessionEndedCode = z
  .enum([
    'signed_in_elsewhere',
    'removed',
    'unpaired',
    'expired',
    'revoked',
    'unknown_session',
    'other_device',
    'signed_out',
    'passcode_reset',
    'badge_reissued',
    'credential_revoked',
  ])
  .meta({ id: 'SessionEndedCode' });
export type SessionEndedCode = z.infer<typeof SessionEndedCode>;

/** Every event the hub pushes, declared once. Clients may validate them with these schemas. */
export const PUSHES = {
  'hub.welcome': {
    summary: 'Sent once on every connection, before anything else.',
    payload: z.object({
      protocolVersion: z.literal(PROTOCOL_VERSION),
      hubVersion: z.string(),
      hubId: z.string(),
      serverTime: z.iso.datetime({ offset: true }),
    }),
  },
  'meeting.changed': {
    summary:
      'What a command changed in a followed meeting, at the meeting revision it produced. Revisions are consecutive per meeting: a gap means a missed push, so ask `meeting.open` with `sinceRevision`.',
    payload: z.object({ meetingId: Id, revision: z.number().int().min(1), changes: z.array(Change) }),
  },
  'preload.changed': {
    summary:
      "A device's preload state for a followed meeting changed (sent to the chair and the secretariat only); the same row as in `preload.list`.",
    payload: z.object({ meetingId: Id, device: PreloadDevice }),
  },
  'pairing.changed': {
    summary:
      'The pairing code was replaced (by the secretariat, or by the hub after too many wrong codes from anywhere); sent to the chair and the secretariat, whose screens show the room QR.',
    payload: z.object({ code: z.string() }),
  },
  'session.ended': {
    summary:
      'The session of this connection was ended by the hub; `code` says why for programs, `reason` says it in words (English) for people.',
    payload: z.object({ code: SessionEndedCode, reason: z.string() }),
  },
} as const;

export type PushName = keyof typeof PUSHES;
export type PushPayload<N extends PushName> = z.output<(typeof PUSHES)[N]['payload']>;
export const PUSH_NAMES = Object.keys(PUSHES) as PushName[];
