import { z } from 'zod';
import { Id, IsoDateTime } from '../model.ts';
import { ISSUED_ROLES } from '../roles.ts';
import { SECRETARIAT, nothing, type CommandSpec } from './spec.ts';

/**
 * Staff access: the credentials the secretariat issues to the chair, the check-in desks and the projector (the
 * secretariat's own is the admin passcode). The failed attempts to guess a secret are in security.ts.
 */

export const IssuedRole = z.enum(ISSUED_ROLES);
export type IssuedRole = z.infer<typeof IssuedRole>;

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
} as const satisfies Record<string, CommandSpec>;
