import { z } from 'zod';
import { Change, Id } from './model.ts';
import { PROTOCOL_VERSION } from './version.ts';

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
  'session.ended': {
    summary: 'The session of this connection was ended by the hub (signed out elsewhere, revoked, expired).',
    payload: z.object({ reason: z.string() }),
  },
} as const;

export type PushName = keyof typeof PUSHES;
export type PushPayload<N extends PushName> = z.output<(typeof PUSHES)[N]['payload']>;
export const PUSH_NAMES = Object.keys(PUSHES) as PushName[];
