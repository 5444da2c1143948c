import { z } from 'zod';
import { Id } from '../model.ts';
import { BadgeCode, CHECKERS, command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/** The check-in desk. */

const CheckinResult = z.object({
  delegateId: Id,
  fullName: z.string(),
  seat: z.string(),
  organisation: z.string(),
  /** `checked_in` now, or `already_present` since `at` (the desk shows amber rather than green). */
  outcome: z.enum(['checked_in', 'already_present']),
  at: z.iso.datetime({ offset: true }),
});

export const CHECKIN_COMMANDS = {
  'checkin.scan': command({
    summary: 'Check a delegate in with the badge: the scanned token, or the short code typed from it.',
    roles: CHECKERS,
    input: z.object({ ...meetingRef, code: BadgeCode }).strict(),
    result: CheckinResult,
  }),
  'checkin.manual': command({
    summary: 'Check a delegate in without the badge (lost or forgotten), after the desk has checked who it is.',
    roles: CHECKERS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: CheckinResult,
  }),
  'checkin.checkout': command({
    summary: 'Check a delegate out: they count as absent until they check in again.',
    roles: CHECKERS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
