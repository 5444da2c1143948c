import { z } from 'zod';
import { Id, IsoDateTime } from '../model.ts';
import { SECRETARIAT, type CommandSpec } from './spec.ts';

/** Failed attempts to guess a secret, as the secretariat sees them (the staff's credentials are in staff.ts). */

/** The kinds of secret someone may try to guess: passcodes (admin and staff credentials), the pairing code, badge codes. */
export const SECRET_KINDS = ['passcode', 'pairing', 'badge'] as const;
export const SecretKind = z.enum(SECRET_KINDS);
export type SecretKind = z.infer<typeof SecretKind>;

export const FailedAttempt = z
  .object({
    kind: SecretKind,
    /** `wrong`: the secret was checked and was wrong; `throttled`: refused unchecked, too many wrong ones lately. */
    outcome: z.enum(['wrong', 'throttled']),
    /** The source address the hub saw. */
    address: z.string(),
    /** The paired device that tried, when it was one. */
    deviceId: z.string().nullable(),
    deviceName: z.string().nullable(),
    /** For badge codes: the meeting they were tried on. */
    meetingId: Id.nullable(),
    /** Attempts from the same address, of the same kind and outcome, within a minute of each other are one row. */
    count: z.number().int().min(1),
    firstAt: IsoDateTime,
    lastAt: IsoDateTime,
  })
  .meta({ id: 'FailedAttempt' });
export type FailedAttempt = z.infer<typeof FailedAttempt>;

export const SECURITY_COMMANDS = {
  'security.failures': {
    summary:
      'The latest failed attempts to sign in, pair or use a badge code (newest first; the hub keeps the last 500 rows), and how many wrong guesses of each kind the room has seen in the last hour.',
    roles: SECRETARIAT,
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    result: z.object({
      failures: z.array(FailedAttempt),
      lastHour: z.array(z.object({ kind: SecretKind, wrong: z.number().int().min(0) })),
    }),
  },
} as const satisfies Record<string, CommandSpec>;
