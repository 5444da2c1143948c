import { z } from 'zod';
import type { CommandSpec } from './commands.ts';
import { Id, IsoDateTime } from './model.ts';
import { ISSUED_ROLES } from './roles.ts';

/**
 * Staff access: the credentials the secretariat issues to the chair, the check-in desks and the projector (the
 * secretariat's own is the admin passcode), and the failed attempts to guess a secret. Declared apart from the
 * meeting's commands; `COMMANDS` includes them.
 */

export const IssuedRole = z.enum(ISSUED_ROLES);
export type IssuedRole = z.infer<typeof IssuedRole>;

/** The kinds of secret someone may try to guess: passcodes (admin and staff credentials), the pairing code, badge codes. */
export const SECRET_KINDS = ['passcode', 'pairing', 'badge'] as const;
export const SecretKind = z.enum(SECRET_KINDS);
export type SecretKind = z.infer<typeof SecretKind>;

export const StaffCredential = z
  .object({
    id: Id,
    role: IssuedRole,
    /** Who or where it is for, as the secretariat wrote it ("Bàn đón tiếp 2"). */
    label: z.string(),
    createdAt: IsoDateTime,
    /** Revoked credentials stay listed (greyed), so the secretariat sees what was cut off and when. */
    revokedAt: IsoDateTime.nullable(),
    lastSignInAt: IsoDateTime.nullable(),
    /** Sessions opened with it that are still open. */
    liveSessions: z.number().int().min(0),
  })
  .meta({ id: 'StaffCredential' });
export type StaffCredential = z.infer<typeof StaffCredential>;

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

const SECRETARIAT = ['secretariat'] as const;
const nothing = z.object({}).strict();

export const STAFF_COMMANDS = {
  'staff.list': {
    summary: 'The staff credentials the secretariat has issued (revoked ones too), by role and label; never their secrets.',
    roles: SECRETARIAT,
    input: nothing,
    result: z.object({ credentials: z.array(StaffCredential) }),
  },
  'staff.issue': {
    summary:
      'Issue a credential for the chair, a check-in desk or the projector. The answer holds its `secret` (12 digits, typed like the admin passcode) this once: the hub keeps only a hash of it.',
    roles: SECRETARIAT,
    input: z.object({ role: IssuedRole, label: z.string().trim().min(1, 'must not be empty').max(100) }).strict(),
    result: z.object({ credential: StaffCredential, secret: z.string() }),
  },
  'staff.revoke': {
    summary: 'Revoke a staff credential: it no longer signs in, and every session opened with it ends at once (`session.ended` with `credential_revoked`).',
    roles: SECRETARIAT,
    input: z.object({ credentialId: Id }).strict(),
    result: z.object({ endedSessions: z.number().int().min(0) }),
  },
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
