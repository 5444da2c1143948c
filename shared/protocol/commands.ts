import { z } from 'zod';
import {
  AgendaItem,
  Change,
  Delegate,
  DocumentAccess,
  Id,
  IsoDate,
  MeetingSnapshot,
  MeetingSummary,
  Sha256,
} from './model.ts';
import { ANY_ROLE, SIGNED_IN, STAFF_ROLES, type Role } from './roles.ts';

/**
 * Every event a client may send, declared once: its payload schema, its result schema,
 * the roles that may send it and a one-line summary (docs/protocol.md is checked against this map).
 * The hub parses every payload with `input`; clients are typed from `input` and `result`.
 */
export interface CommandSpec<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  summary: string;
  roles: readonly Role[];
  input: I;
  result: R;
}

const command = <I extends z.ZodType, R extends z.ZodType>(spec: CommandSpec<I, R>) => spec;

const meetingRef = { meetingId: Id };
const EDITORS: readonly Role[] = ['secretariat'];
const RUNNERS: readonly Role[] = ['secretariat', 'chair'];

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const nothing = z.object({}).strict();

const SessionInfo = z.object({
  token: z.string(),
  role: z.enum(STAFF_ROLES),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const COMMANDS = {
  'session.signIn': command({
    summary: 'Sign in to a staff role with the admin passcode; the token resumes the session on reconnect.',
    roles: ANY_ROLE,
    input: z.object({ passcode: z.string().min(1).max(200), role: z.enum(STAFF_ROLES) }).strict(),
    result: SessionInfo,
  }),
  'session.resume': command({
    summary: 'Bind this connection to an earlier session by its token.',
    roles: ANY_ROLE,
    input: z.object({ token: z.string().min(1).max(200) }).strict(),
    result: SessionInfo,
  }),
  'session.signOut': command({
    summary: 'End the session of this connection; it becomes a guest again.',
    roles: SIGNED_IN,
    input: nothing,
    result: nothing,
  }),
  'meeting.list': command({
    summary: 'The meetings held by this hub, newest first.',
    roles: ANY_ROLE,
    input: nothing,
    result: z.object({ meetings: z.array(MeetingSummary) }),
  }),
  'meeting.open': command({
    summary:
      'Follow a meeting: answers its full snapshot, or only the changes after `sinceRevision`, and subscribes to `meeting.changed`.',
    roles: ANY_ROLE,
    input: z.object({ ...meetingRef, sinceRevision: z.number().int().min(0).optional() }).strict(),
    result: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('snapshot'), snapshot: MeetingSnapshot }),
      z.object({ mode: z.literal('changes'), revision: z.number().int(), changes: z.array(Change) }),
    ]),
  }),
  'meeting.close': command({
    summary: 'Stop following a meeting (no more `meeting.changed` for it on this connection).',
    roles: ANY_ROLE,
    input: z.object(meetingRef).strict(),
    result: nothing,
  }),
  'meeting.create': command({
    summary: 'Create a meeting in draft. The id is optional (the hub makes one); it must be unused.',
    roles: EDITORS,
    input: z
      .object({ id: Id.optional(), title: required(300), date: IsoDate, place: text(300).default('') })
      .strict(),
    result: z.object({ meetingId: Id }),
  }),
  'meeting.update': command({
    summary: 'Change the title, date or place of a meeting.',
    roles: EDITORS,
    input: z
      .object({ ...meetingRef, title: required(300).optional(), date: IsoDate.optional(), place: text(300).optional() })
      .strict(),
    result: nothing,
  }),
  'agenda.add': command({
    summary: 'Add an agenda item under `parentId` (null: top level) at `position` (default: last).',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        parentId: Id.nullable().default(null),
        position: z.number().int().min(0).optional(),
        title: required(500),
        description: text(5000).default(''),
        durationMinutes: AgendaItem.shape.durationMinutes.default(null),
      })
      .strict(),
    result: z.object({ itemId: Id }),
  }),
  'agenda.update': command({
    summary: 'Change the title, description or planned duration of an agenda item.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        itemId: Id,
        title: required(500).optional(),
        description: text(5000).optional(),
        durationMinutes: AgendaItem.shape.durationMinutes.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'agenda.move': command({
    summary: 'Move an agenda item (with its sub-items) under another parent and/or to another position.',
    roles: EDITORS,
    input: z
      .object({ ...meetingRef, itemId: Id, parentId: Id.nullable(), position: z.number().int().min(0) })
      .strict(),
    result: nothing,
  }),
  'agenda.remove': command({
    summary: 'Remove an agenda item and its sub-items; their documents stay in the meeting, unattached.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, itemId: Id }).strict(),
    result: nothing,
  }),
  'agenda.setCurrent': command({
    summary: 'Make an agenda item the one under discussion (null: none); every screen follows.',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, itemId: Id.nullable() }).strict(),
    result: nothing,
  }),
  'delegate.add': command({
    summary: 'Add a delegate to the meeting.',
    roles: EDITORS,
    input: Delegate.omit({ id: true })
      .extend({ ...meetingRef, title: text(200).default(''), organisation: text(200).default(''), group: text(100).default(''), seat: text(20).default('') })
      .strict(),
    result: z.object({ delegateId: Id }),
  }),
  'delegate.update': command({
    summary: "Change a delegate's name, title, organisation, group or seat.",
    roles: EDITORS,
    input: Delegate.omit({ id: true }).partial().extend({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'delegate.remove': command({
    summary: 'Remove a delegate from the meeting.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'document.add': command({
    summary:
      'Add a document whose PDF was uploaded with `POST /api/documents`, attached to an agenda item or to the meeting (itemId null).',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        itemId: Id.nullable(),
        title: required(300),
        sha256: Sha256,
        access: DocumentAccess.default({ kind: 'all' }),
      })
      .strict(),
    result: z.object({ documentId: Id }),
  }),
  'document.update': command({
    summary: "Change a document's title, agenda item or access.",
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        documentId: Id,
        title: required(300).optional(),
        itemId: Id.nullable().optional(),
        access: DocumentAccess.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'document.remove': command({
    summary: 'Remove a document from the meeting (its bytes stay in the store, addressable by sha256).',
    roles: EDITORS,
    input: z.object({ ...meetingRef, documentId: Id }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
/** What a client passes (defaults may be left out). */
export type CommandInput<N extends CommandName> = z.input<(typeof COMMANDS)[N]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<N extends CommandName> = z.output<(typeof COMMANDS)[N]['input']>;
export type CommandResult<N extends CommandName> = z.output<(typeof COMMANDS)[N]['result']>;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
