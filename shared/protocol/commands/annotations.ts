import { z } from 'zod';
import { Id, IsoDateTime, Sha256 } from '../model.ts';
import { command, meetingRef, type CommandSpec } from './spec.ts';

/**
 * A delegate's annotations: ink, highlights and notes on a document version, and notes on an agenda item. Each is
 * one delegate's, made on the tablet first (its id is the tablet's), then sent; the hub keeps every edit's revision
 * and deletions as tombstones, so the delegate's devices converge without merging.
 */

/** A place on a page: 0..1 from the page's top-left corner. */
const Fraction = z.number().min(0).max(1);
export const AnnotationBox = z.object({ x: Fraction, y: Fraction, w: Fraction, h: Fraction }).strict();
/**
 * The quoted text and up to 32 characters of context either side, as shared/domain/annotations indexes a page (NFC, no
 * whitespace); `shown`, the quote as the page shows it (its spaces kept), for lists, never compared (optional).
 */
export const AnnotationQuote = z.object({ exact: z.string().min(1).max(2000), prefix: z.string().max(64), suffix: z.string().max(64), shown: z.string().max(4000).optional() }).strict();
/** Offsets in the page's indexed text, with the quote; a line's box too for ink and notes (they move with that line). */
export const TextAnchor = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), quote: AnnotationQuote }).strict();
export const LineAnchor = TextAnchor.extend({ box: AnnotationBox }).strict();
/** A point: x, y in page fractions, and the pen's pressure (0..1) for ink. */
export const AnnotationPoint = z.array(Fraction).min(2).max(3);

export const AnnotationKind = z.enum(['ink', 'highlight', 'note', 'item_note']);
export type AnnotationKind = z.infer<typeof AnnotationKind>;
/** private: the delegate's alone; chair: the delegate's and the chair's; everyone: every reader of the document or item. */
export const AnnotationVisibility = z.enum(['private', 'chair', 'everyone']);
export type AnnotationVisibility = z.infer<typeof AnnotationVisibility>;

export const ANNOTATION_COLORS = ['#1d4ed8', '#dc2626', '#15803d', '#111827', '#facc15', '#f472b6', '#22d3ee'] as const;
export const AnnotationColor = z.enum(ANNOTATION_COLORS);

/**
 * What an annotation holds. `page` (0-based), with `line` for ink and notes (the text line beside it: null on a page
 * without text), `text` and `rects` for a highlight, `points` for ink (its stroke) and a note (its spot), `note` a
 * note's words. An item note has only `note`. The hub checks that each kind has its parts.
 */
export const AnnotationBody = z
  .object({
    page: z.number().int().min(0).max(9999).optional(),
    color: AnnotationColor.optional(),
    /** Ink's width in thousandths of the page width. */
    width: z.number().min(1).max(40).optional(),
    points: z.array(AnnotationPoint).min(1).max(4000).optional(),
    line: LineAnchor.nullable().optional(),
    text: TextAnchor.optional(),
    rects: z.array(AnnotationBox).min(1).max(200).optional(),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict();
export type AnnotationBody = z.infer<typeof AnnotationBody>;

/** How the hub carried an annotation to a new version of its document: where it was, and whether it moved. */
export const AnnotationCarried = z.object({
  status: z.enum(['kept', 'moved', 'orphan']),
  /** The page had no text to check the place against (a scan): kept where it was. */
  unchecked: z.boolean(),
  fromSha256: Sha256,
  fromVersion: z.number().int().min(1),
  /** Its body on that version, to show it on the earlier version beside the new one. */
  fromBody: AnnotationBody,
  at: IsoDateTime,
});
export type AnnotationCarried = z.infer<typeof AnnotationCarried>;

export const Annotation = z
  .object({
    /** Made by the tablet (a UUID): sending it again never makes a second annotation. */
    id: z.string().regex(/^[0-9a-f-]{36}$/, 'a UUID made by the tablet'),
    meetingId: Id,
    delegateId: Id,
    /** The document and its version (sha256) for ink, highlights and notes; null for an item note. */
    documentId: Id.nullable(),
    sha256: Sha256.nullable(),
    /** The agenda item of an item note; null otherwise. */
    itemId: Id.nullable(),
    kind: AnnotationKind,
    visibility: AnnotationVisibility,
    body: AnnotationBody,
    /** 1 when made, +1 per edit (a carry to a new version included). */
    rev: z.number().int().min(1),
    /** The hub's order of changes in this meeting: `annotations.sync`'s cursor. */
    seq: z.number().int().min(1),
    /** A tombstone: removed, kept so every device of the delegate removes it too. */
    deleted: z.boolean(),
    carried: AnnotationCarried.nullable(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Annotation' });
export type Annotation = z.infer<typeof Annotation>;

/** Another delegate's annotation a reader no longer sees (removed, made private, or its document out of reach). */
export const AnnotationGone = z.object({ id: z.string(), meetingId: Id, seq: z.number().int().min(1), gone: z.literal(true) });
export type AnnotationGone = z.infer<typeof AnnotationGone>;
export const AnnotationRow = z.union([Annotation, AnnotationGone]);
export type AnnotationRow = z.infer<typeof AnnotationRow>;

export const ANNOTATION_LIMITS = {
  /** One annotation's body, as JSON. */
  bodyBytes: 64 * 1024,
  /** One delegate's annotations in one meeting, tombstones excluded. */
  perDelegate: 5000,
  perDelegateBytes: 16 * 1024 * 1024,
} as const;

export const ANNOTATIONS_COMMANDS = {
  'annotations.put': command({
    summary:
      "Makes or edits one of the signed-in delegate's annotations (its id made by the tablet). `baseRev` is the revision the edit was made on: 0 for a new one. Sending the same thing again answers as the first time (`applied` true, nothing written twice); an edit made on an older revision is not applied and the current annotation comes back (`applied` false) for the tablet to take. Shared ones (`visibility` chair or everyone) reach their readers as `annotations.changed`.",
    roles: ['delegate'],
    input: Annotation.pick({ id: true, documentId: true, sha256: true, itemId: true, kind: true, visibility: true, body: true })
      .extend({ ...meetingRef, baseRev: z.number().int().min(0) })
      .strict(),
    result: z.object({ applied: z.boolean(), annotation: Annotation }),
  }),
  'annotations.remove': command({
    summary:
      "Removes one of the signed-in delegate's annotations, leaving a tombstone (its devices remove it too). Removing it again answers as the first time; made on an older revision, it is not applied and the current annotation comes back.",
    roles: ['delegate'],
    input: z.object({ ...meetingRef, id: Annotation.shape.id, baseRev: z.number().int().min(1) }).strict(),
    result: z.object({ applied: z.boolean(), annotation: Annotation }),
  }),
  'annotations.sync': command({
    summary:
      "The annotations the caller sees in a meeting that changed after `since` (a `seq`; 0 for all): a delegate's own (tombstones included) and the ones shared with them; the chair's, those shared with the chair or everyone. Others' no longer seen come as `{ id, gone: true }`. `cursor` is the `since` of the next call; `more` says another page follows.",
    roles: ['delegate', 'chair', 'secretariat'],
    input: z.object({ ...meetingRef, since: z.number().int().min(0), limit: z.number().int().min(1).max(500).default(200) }).strict(),
    result: z.object({ annotations: z.array(AnnotationRow), cursor: z.number().int().min(0), more: z.boolean() }),
  }),
} as const satisfies Record<string, CommandSpec>;
