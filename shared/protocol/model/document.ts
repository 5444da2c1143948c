import { z } from 'zod';
import { Id, IsoDateTime, Sha256, required } from './primitives.ts';

export const DocumentAccess = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('groups'), groups: z.array(required(100)).min(1).max(50) }),
  z.object({ kind: z.literal('staff') }),
]).meta({ id: 'DocumentAccess' });
export type DocumentAccess = z.infer<typeof DocumentAccess>;

/** An earlier version of a document, replaced by a newer one; its bytes stay addressable by sha256. */
export const DocumentVersion = z.object({
  version: z.number().int().min(1),
  sha256: Sha256,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  /** When the next version replaced it. */
  replacedAt: IsoDateTime,
}).meta({ id: 'DocumentVersion' });
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const MeetingDocument = z.object({
  id: Id,
  itemId: Id.nullable(),
  title: required(300),
  /** The current version's bytes. */
  sha256: Sha256,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  access: DocumentAccess,
  position: z.number().int().min(0),
  /** 1 when added; each `document.replace` adds one. */
  version: z.number().int().min(1),
  /** When the current version replaced an earlier one after the meeting was published (tablets mark it "updated"); null otherwise. */
  updatedAt: IsoDateTime.nullable(),
  /** Earlier versions, oldest first. */
  previousVersions: z.array(DocumentVersion),
}).meta({ id: 'MeetingDocument' });
export type MeetingDocument = z.infer<typeof MeetingDocument>;
