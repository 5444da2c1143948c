import { z } from 'zod';
import {
  AgendaItem,
  AttendanceStatus,
  Change,
  Delegate,
  DocumentAccess,
  Id,
  IsoDate,
  MeetingSnapshot,
  MeetingSummary,
  QuorumRule,
  Sha256,
} from './model.ts';
import { ANY_ROLE, SIGNED_IN, STAFF_ROLES, type Role } from './roles.ts';
import { STAFF_COMMANDS } from './staff.ts';

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

const command = <I extends z.ZodType, R extends z.ZodType>(spec: CommandSpec<I, R>) => spec;

const meetingRef = { meetingId: Id };
const EDITORS: readonly Role[] = ['secretariat'];
const RUNNERS: readonly Role[] = ['secretariat', 'chair'];

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const nothing = z.object({}).strict();

const SessionInfo = z.object({
  token: z.string(),
  role: z.enum([...STAFF_ROLES, 'delegate']),
  /** For a delegate session: who, and in which meeting. */
  delegateId: Id.nullable(),
  meetingId: Id.nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});

const CHECKERS: readonly Role[] = ['checkin', 'secretariat'];

const CheckinResult = z.object({
  delegateId: Id,
  fullName: z.string(),
  seat: z.string(),
  organisation: z.string(),
  /** `checked_in` now, or `already_present` since `at` (the desk shows amber rather than green). */
  outcome: z.enum(['checked_in', 'already_present']),
  at: z.iso.datetime({ offset: true }),
});

export const PreloadState = z.enum(['queued', 'downloading', 'done', 'failed']);
export type PreloadState = z.infer<typeof PreloadState>;

/**
 * Why a document is not on a device yet, for screens to explain in their reader's language: `sha256` the bytes did
 * not match and were deleted, `size` the hub sent more or fewer bytes than the document has, `forbidden` the hub
 * refused the reader, `signin` the session is missing or over, `not_found` the hub no longer holds it, `network` the
 * hub could not be reached or the link dropped, `storage` the device could not store it (full), `http` any other
 * answer from the hub.
 */
export const PreloadFailureKind = z.enum(['sha256', 'size', 'forbidden', 'signin', 'not_found', 'network', 'storage', 'http']);
export type PreloadFailureKind = z.infer<typeof PreloadFailureKind>;

/** How far a device is with one document (one version: its sha256), as the device reports it. */
export const PreloadReportDocument = z
  .object({
    documentId: Id,
    sha256: Sha256,
    bytes: z.number().int().min(0),
    bytesDone: z.number().int().min(0),
    state: PreloadState,
    /** Why it failed, in words (English, for logs), when state is `failed`. */
    error: z.string().max(500).nullable().default(null),
    /** Why it failed, as a kind screens put in their own words, when state is `failed`. */
    errorKind: PreloadFailureKind.nullable().default(null),
  })
  .strict();
export type PreloadReportDocument = z.output<typeof PreloadReportDocument>;

/** One device's preload state for a meeting, as the chair and the secretariat see it. */
export const PreloadDevice = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  /** Whose tablet it is now, when a delegate is signed in on it. */
  delegateId: Id.nullable(),
  delegateName: z.string().nullable(),
  online: z.boolean(),
  documentsTotal: z.number().int().min(0),
  documentsDone: z.number().int().min(0),
  bytesTotal: z.number().int().min(0),
  bytesDone: z.number().int().min(0),
  /** The documents that failed: `error` as the device worded it, `kind` for screens to word it (null when the device gave none). */
  failed: z.array(z.object({ documentId: Id, title: z.string(), error: z.string(), kind: PreloadFailureKind.nullable() })),
  /** When the device last reported; null for a device a delegate is signed in on that has not reported yet. */
  reportedAt: z.iso.datetime({ offset: true }).nullable(),
  /** When it deleted the restricted documents after the meeting was closed; null until then. */
  purgedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The meeting is closed and this device held restricted documents it has not yet reported deleting. */
  mustPurge: z.boolean(),
});
export type PreloadDevice = z.infer<typeof PreloadDevice>;

/** What a person scanned or typed: a badge token (RT1.…) or the short code printed under the QR (XXXX-XXXX). */
const BadgeCode = z.string().trim().min(1, 'scan a badge or type its code').max(200);

export const COMMANDS = {
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
    summary: 'Change the title, date, place or quorum rule of a meeting.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        title: required(300).optional(),
        date: IsoDate.optional(),
        place: text(300).optional(),
        quorumRule: QuorumRule.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'meeting.publish': command({
    summary:
      'Publish a draft meeting: delegates see it and every signed-in tablet starts preloading the documents it may read. Changes after this are live (documents replaced become new versions).',
    roles: EDITORS,
    input: z.object(meetingRef).strict(),
    result: nothing,
  }),
  'meeting.end': command({
    summary:
      'Close a published meeting: tablets delete the restricted documents from their cache and report it (`preload.report` with `purgedAt`). Nothing can be changed afterwards.',
    roles: EDITORS,
    input: z.object(meetingRef).strict(),
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
    input: Delegate.omit({ id: true, badgeSerial: true })
      .extend({ ...meetingRef, title: text(200).default(''), organisation: text(200).default(''), group: text(100).default(''), seat: text(20).default('') })
      .strict(),
    result: z.object({ delegateId: Id }),
  }),
  'delegate.update': command({
    summary: "Change a delegate's name, title, organisation, group or seat.",
    roles: EDITORS,
    input: Delegate.omit({ id: true, badgeSerial: true }).partial().extend({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'delegate.import': command({
    summary:
      'Add or update many delegates at once (the rows of a delegate list the secretariat previewed with `POST /api/meetings/<id>/delegates/preview`). A row whose name and organisation match a delegate already listed updates that delegate; the others are added. All rows or none, in one revision.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        delegates: z
          .array(
            z
              .object({
                fullName: required(200),
                title: text(200).default(''),
                organisation: text(200).default(''),
                group: text(100).default(''),
                seat: text(20).default(''),
              })
              .strict(),
          )
          .min(1, 'the list has no delegates')
          .max(10_000),
      })
      .strict(),
    result: z.object({ added: z.number().int().min(0), updated: z.number().int().min(0) }),
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
  'document.replace': command({
    summary:
      'Replace a document with a new version uploaded with `POST /api/documents` (its sha256): the version number rises, tablets fetch it and mark it "updated"; earlier versions stay addressable by their sha256.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, documentId: Id, sha256: Sha256 }).strict(),
    result: z.object({ version: z.number().int().min(2) }),
  }),
  'document.remove': command({
    summary: 'Remove a document from the meeting (its bytes stay in the store, addressable by sha256).',
    roles: EDITORS,
    input: z.object({ ...meetingRef, documentId: Id }).strict(),
    result: nothing,
  }),
  'badge.issue': command({
    summary:
      "Issue a delegate's badge: the first one, or a replacement for a lost one (raises the serial, so the old badge is refused from now on).",
    roles: CHECKERS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: z.object({ delegateId: Id, serial: z.number().int().min(1), token: z.string(), shortCode: z.string() }),
  }),
  'badge.issueMissing': command({
    summary: 'Issue a first badge to every delegate of the meeting who has none yet (before printing the badge sheet).',
    roles: ['secretariat'],
    input: z.object(meetingRef).strict(),
    result: z.object({ issued: z.number().int().min(0) }),
  }),
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
  'attendance.set': command({
    summary: 'Set a delegate present, absent or excused by hand (an excused delegate still counts as a member for the quorum).',
    roles: ['secretariat', 'chair'],
    input: z.object({ ...meetingRef, delegateId: Id, status: AttendanceStatus }).strict(),
    result: nothing,
  }),
  'device.pair': command({
    summary:
      'Pair this device with the hub using the pairing code (shown on the chair console, in the room QR). The hub makes the device (an id of its own, the handshake `deviceName` as its name) and answers its `deviceId` and `deviceToken`: keep both, and send the token in every handshake (`deviceToken`) and HTTP request (`X-Device-Token`). A connection that already proved a device pairs it again: same id, a new token, the old one dead at once.',
    roles: ['guest'],
    unpaired: true,
    input: z.object({ code: z.string().trim().min(1).max(20) }).strict(),
    result: z.object({ deviceId: z.string(), deviceToken: z.string() }),
  }),
  'device.list': command({
    summary: 'The devices that have paired with this hub (unpaired ones included), with whether they are online now.',
    roles: ['secretariat'],
    input: nothing,
    result: z.object({
      devices: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          firstSeenAt: z.iso.datetime({ offset: true }),
          lastSeenAt: z.iso.datetime({ offset: true }),
          lastAddress: z.string(),
          pairedAt: z.iso.datetime({ offset: true }).nullable(),
          revokedAt: z.iso.datetime({ offset: true }).nullable(),
          online: z.boolean(),
          /** Who uses it now, when signed in. */
          role: z.string().nullable(),
          delegateName: z.string().nullable(),
        }),
      ),
    }),
  }),
  'device.revoke': command({
    summary: 'Unpair a device: its sessions end at once and it reads nothing more until it pairs again.',
    roles: ['secretariat'],
    input: z.object({ deviceId: z.string().min(1).max(100) }).strict(),
    result: nothing,
  }),
  'preload.report': command({
    summary:
      "A tablet's preload state for a meeting: each document it may read, how far it is, and whether it failed and why (`errorKind` for screens to explain in their language, `error` as detail); after the meeting is closed, `purgedAt` says when it deleted the restricted documents. Sent by a paired device (signed in or not: a tablet whose delegate has left still reports its purge), when a document starts, finishes or fails and at most once a second in between.",
    // Any role on a paired device: the handler refuses a connection without a paired device.
    roles: ANY_ROLE,
    input: z
      .object({
        ...meetingRef,
        documents: z.array(PreloadReportDocument).max(2000),
        purgedAt: z.iso.datetime({ offset: true }).nullable().default(null),
      })
      .strict(),
    result: nothing,
  }),
  'preload.list': command({
    summary: "Each device's preload state for a meeting, for the chair and the secretariat (also pushed as `preload.changed`).",
    roles: RUNNERS,
    input: z.object(meetingRef).strict(),
    result: z.object({ devices: z.array(PreloadDevice) }),
  }),
  'pairing.get': command({
    summary: 'The current pairing code and the addresses tablets can reach this hub at, for the room QR.',
    roles: ['secretariat', 'chair'],
    input: nothing,
    result: z.object({ code: z.string(), urls: z.array(z.string()) }),
  }),
  'pairing.rotate': command({
    summary: 'Make a new pairing code; devices already paired stay paired.',
    roles: ['secretariat'],
    input: nothing,
    result: z.object({ code: z.string() }),
  }),
  ...STAFF_COMMANDS,
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
