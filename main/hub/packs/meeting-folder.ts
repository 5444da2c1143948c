import { z } from 'zod';
import { AgendaItem, DocumentAccess, Id, IsoDate, QuorumRule } from '../../../shared/protocol/index.ts';

/**
 * `meeting.json`, the file a secretariat writes to describe a meeting folder for `pack build`
 * (docs/packs.md has an example). Ids are optional: the builder makes them when they are left out.
 */

/** Who may read a document: "all", "staff" (chair and secretariat), or { "groups": [...] } (those delegations). */
export const FolderAccess = z
  .union([z.literal('all'), z.literal('staff'), z.strictObject({ groups: z.array(z.string().trim().min(1).max(100)).min(1).max(50) })])
  .default('all');

export const FolderDocument = z.strictObject({
  /** The PDF, relative to the folder (e.g. "bao-cao.pdf" or "tai-lieu/bao-cao.pdf"). */
  file: z
    .string()
    .min(1)
    .max(500)
    .refine((f) => !f.startsWith('/') && !/^[A-Za-z]:/.test(f) && !f.includes('\\') && !f.split('/').includes('..'), {
      message: 'a file name inside the folder (no absolute path, no .., no backslash)',
    }),
  id: Id.optional(),
  /** Shown on the tablets; default: the file name without .pdf. */
  title: z.string().trim().min(1).max(300).optional(),
  access: FolderAccess,
});
export type FolderDocument = z.infer<typeof FolderDocument>;

export interface FolderItem {
  id?: string | undefined;
  title: string;
  description: string;
  durationMinutes: number | null;
  documents: FolderDocument[];
  children: FolderItem[];
}
export const FolderItem: z.ZodType<FolderItem, unknown> = z.strictObject({
  id: Id.optional(),
  title: AgendaItem.shape.title,
  description: AgendaItem.shape.description.default(''),
  durationMinutes: AgendaItem.shape.durationMinutes.default(null),
  documents: z.array(FolderDocument).default([]),
  get children() {
    return z.array(FolderItem).default([]);
  },
});

export const MeetingFolder = z.strictObject({
  id: Id.optional(),
  title: z.string().trim().min(1).max(300),
  date: IsoDate,
  place: z.string().trim().max(300).default(''),
  quorumRule: QuorumRule.default({ kind: 'majority' }),
  /** The delegate list: default delegates.csv or delegates.xlsx when the folder has one. */
  delegates: z.string().min(1).max(500).optional(),
  /** Documents of the meeting itself, not of an agenda item. */
  documents: z.array(FolderDocument).default([]),
  agenda: z.array(FolderItem).default([]),
});
export type MeetingFolder = z.infer<typeof MeetingFolder>;

export function accessOf(access: FolderDocument['access']): DocumentAccess {
  if (access === 'all') return { kind: 'all' };
  if (access === 'staff') return { kind: 'staff' };
  return { kind: 'groups', groups: access.groups };
}
