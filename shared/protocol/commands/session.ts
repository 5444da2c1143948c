import { z } from 'zod';
import { Id } from '../model.ts';
import { ANY_ROLE, SIGNED_IN, STAFF_ROLES } from '../roles.ts';
import { BadgeCode, command, nothing, type CommandSpec } from './spec.ts';

/** Signing in and out: staff with a credential, delegates with their badge. */

const SessionInfo = z.object({
  token: z.string(),
  role: z.enum([...STAFF_ROLES, 'delegate']),
  /** For a delegate session: who, and in which meeting. */
  delegateId: Id.nullable(),
  meetingId: Id.nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const SESSION_COMMANDS = {
  'session.signIn': command({
    summary:
      "Sign in as staff with a credential: the admin passcode is the secretariat's, a credential the secretariat issued signs in as its own role (chair, checkin, projector). The hub decides the role; `role`, when sent, is what the screen expects and is refused (`forbidden`) if the credential is for another role. The token resumes the session on reconnect.",
    roles: ANY_ROLE,
    unpaired: true,
    input: z.object({ passcode: z.string().min(1).max(200), role: z.enum(STAFF_ROLES).optional() }).strict(),
    result: SessionInfo,
  }),
  'session.resume': command({
    summary: 'Bind this connection to an earlier session by its token.',
    roles: ANY_ROLE,
    unpaired: true,
    input: z.object({ token: z.string().min(1).max(200) }).strict(),
    result: SessionInfo,
  }),
  'session.badgeSignIn': command({
    summary:
      'A delegate signs in on a paired tablet with the badge (scanned token or typed short code). If the delegate is signed in on another device, the answer is `session_elsewhere` unless `takeOver` is true, which signs the other device out.',
    roles: ['guest'],
    input: z.object({ meetingId: Id, code: BadgeCode, takeOver: z.boolean().default(false) }).strict(),
    result: SessionInfo,
  }),
  'session.signOut': command({
    summary: 'End the session of this connection; it becomes a guest again.',
    roles: SIGNED_IN,
    input: nothing,
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
