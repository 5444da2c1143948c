import { z } from 'zod';
import { Id, Sha256 } from '../model.ts';
import { ANY_ROLE } from '../roles.ts';
import { RUNNERS, command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/** Tablets' download of the documents they may read (the device library), as devices report it. */

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
  /** When it last deleted the restricted documents because the reader's session ended on it (signed out, moved); null if never. */
  forgottenAt: z.iso.datetime({ offset: true }).nullable(),
  /** The meeting is closed and this device held restricted documents it has not yet reported deleting. */
  mustPurge: z.boolean(),
});
export type PreloadDevice = z.infer<typeof PreloadDevice>;

export const PRELOAD_COMMANDS = {
  'preload.report': command({
    summary:
      "A tablet's preload state for a meeting: each document it may read, how far it is, and whether it failed and why (`errorKind` for screens to explain in their language, `error` as detail); after the meeting is closed, `purgedAt` says when it deleted the restricted documents; `forgottenAt`, when it deleted them because the reader's session ended on it (signed out, moved to another device, expired), so that the next person on a shared tablet finds none of them. Sent by a paired device (signed in or not: a tablet whose delegate has left still reports its purge), when a document starts, finishes or fails and at most once a second in between.",
    // Any role on a paired device: the handler refuses a connection without a paired device.
    roles: ANY_ROLE,
    input: z
      .object({
        ...meetingRef,
        documents: z.array(PreloadReportDocument).max(2000),
        purgedAt: z.iso.datetime({ offset: true }).nullable().default(null),
        forgottenAt: z.iso.datetime({ offset: true }).nullable().default(null),
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
} as const satisfies Record<string, CommandSpec>;
