import { z } from 'zod';
import { AnnotationRow } from './commands/annotations.ts';
import { HallLayout } from './commands/hall.ts';
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
      /** The hub was started with `--insecure-http`: every screen says so. */
      insecureHttp: z.boolean(),
    }),
  },
  'meeting.changed': {
    summary:
      'What changed in a followed meeting, from revision `fromRevision` to `revision` (equal when the push carries one revision). Pushes of a meeting follow on: each starts at most one after the revision the previous one ended at, so `fromRevision` above your revision + 1 means a missed push: ask `meeting.open` with `sinceRevision`. What many cause at once (check-ins at the door) comes merged, a few pushes a second at most: the last value of each entity changed in those revisions. `changes` may be empty: the revisions moved nothing this reader sees.',
    payload: z
      .object({ meetingId: Id, fromRevision: z.number().int().min(1), revision: z.number().int().min(1), changes: z.array(Change) })
      .refine((p) => p.fromRevision <= p.revision, { message: 'fromRevision is at most revision', path: ['fromRevision'] }),
  },
  'preload.changed': {
    summary:
      "Devices' preload states for a followed meeting changed (sent to the chair and the secretariat only): the rows of the devices that changed, as in `preload.list`, each replacing that device's row. Reports from many tablets come merged, a few pushes a second at most.",
    payload: z.object({ meetingId: Id, devices: z.array(PreloadDevice) }),
  },
  'pairing.changed': {
    summary:
      'The pairing code was replaced (by the secretariat, or by the hub after too many wrong codes from anywhere); sent to the chair and the secretariat, whose screens show the room QR.',
    payload: z.object({ code: z.string() }),
  },
  'hall.changed': {
    summary:
      "The hall's seat layout was replaced (`hall.set`, `hall.fromSeats`): the new layout, as `hall.get` now answers, to the chair and the secretariat (who may read it), so their seat maps redraw without asking.",
    payload: z.object({ layout: HallLayout, updatedAt: z.iso.datetime({ offset: true }) }),
  },
  'annotations.changed': {
    summary:
      'Annotations of a followed meeting changed: to their owner\'s devices, every change of their own (tombstones too); to others, those shared with them, and `{ id, gone: true }` for one shared once that they no longer see (removed, made private). Take each row whose `seq` is above the one you hold.',
    payload: z.object({ meetingId: Id, annotations: z.array(AnnotationRow) }),
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
