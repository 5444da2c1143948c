import { z } from 'zod';
import { Id, IsoDateTime } from './primitives.ts';
import { DocumentAccess } from './document.ts';

/**
 * The page the chair shows the room (follow the chair, docs/protocol.md#presentation): one per meeting, `id` the
 * meeting's. `documentId` null: nothing shown. A reader who may not read the shown document is told only that
 * something restricted is shown (`hidden`), never which document nor which page; `access` (the shown document's) is
 * what decides that, read from the document whenever it is written, and null for such a reader.
 */
export const Presentation = z
  .object({
    id: Id,
    documentId: Id.nullable(),
    page: z.number().int().min(1).nullable(),
    access: DocumentAccess.nullable(),
    hidden: z.boolean(),
    /** When the chair last showed a page (or stopped showing). */
    since: IsoDateTime.nullable(),
  })
  .meta({ id: 'Presentation' });
export type Presentation = z.infer<typeof Presentation>;
