import { z } from 'zod';
import { Id } from '../model.ts';
import type { Role } from '../roles.ts';

/**
 * Every event a client may send, declared once: its payload schema, its result schema,
 * the roles that may send it and a one-line summary (docs/protocol.md is checked against this map).
 * The hub parses every payload with `input`; clients are typed from `input` and `result`.
 */
export interface CommandSpec<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  summary: string;
  roles: readonly Role[];
  /** May a device that has not paired with the hub send it? Only the ways in: pairing and signing in. */
  unpaired?: true;
  input: I;
  result: R;
}

/** One declaration, its schemas' types kept. */
export const command = <I extends z.ZodType, R extends z.ZodType>(spec: CommandSpec<I, R>) => spec;

// The pieces several domains' declarations share.
export const meetingRef = { meetingId: Id };
export const EDITORS: readonly Role[] = ['secretariat'];
export const RUNNERS: readonly Role[] = ['secretariat', 'chair'];
export const CHECKERS: readonly Role[] = ['checkin', 'secretariat'];
/** The secretariat as the room's administrator (staff credentials, the failed attempts). */
export const SECRETARIAT = ['secretariat'] as const;

export const text = (max: number) => z.string().trim().max(max);
export const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const nothing = z.object({}).strict();

/** What a person scanned or typed: a badge token (RT1.…) or the short code printed under the QR (XXXX-XXXX). */
export const BadgeCode = z.string().trim().min(1, 'scan a badge or type its code').max(200);
