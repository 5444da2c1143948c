import { z } from 'zod';
import { Id } from '../model.ts';
import { CHECKERS, command, meetingRef, type CommandSpec } from './spec.ts';

/** Delegates' badges: issuing, reissuing, and reading one again. */

export const BADGE_COMMANDS = {
  'badge.issue': command({
    summary:
      "Issue a delegate's badge: the first one, or a replacement for a lost one (raises the serial, so the old badge is refused from now on).",
    roles: CHECKERS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: z.object({ delegateId: Id, serial: z.number().int().min(1), token: z.string(), shortCode: z.string() }),
  }),
  'badge.get': command({
    summary:
      "A delegate's current badge as text (its token, the short code printed under the QR, its serial), to print or read it out again without reissuing it. The secretariat's only, and written to the hub log.",
    roles: ['secretariat'],
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: z.object({ delegateId: Id, serial: z.number().int().min(1), token: z.string(), shortCode: z.string() }),
  }),
  'badge.issueMissing': command({
    summary: 'Issue a first badge to every delegate of the meeting who has none yet (before printing the badge sheet).',
    roles: ['secretariat'],
    input: z.object(meetingRef).strict(),
    result: z.object({ issued: z.number().int().min(0) }),
  }),
} as const satisfies Record<string, CommandSpec>;
