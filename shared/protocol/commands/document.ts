import { z } from 'zod';
import { DocumentAccess, Id, Sha256 } from '../model.ts';
import { EDITORS, command, meetingRef, nothing, required, type CommandSpec } from './spec.ts';

/** A meeting's documents and their versions (the bytes arrive over HTTP first). */

export const DOCUMENT_COMMANDS = {
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
} as const satisfies Record<string, CommandSpec>;
