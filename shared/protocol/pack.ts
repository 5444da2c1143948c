import { z } from 'zod';
import { AgendaItem, Delegate, DocumentAccess, IsoDateTime, Meeting, MeetingDocument } from './model.ts';

/**
 * The `.rtpack` meeting pack (docs/packs.md): a zip of `manifest.json`, `signature.json` and
 * `documents/<sha256>.pdf`. This file is the manifest's one definition: the hub's runtime check and the type.
 * No `.meta({ id })` here: those names belong to the socket protocol's reference.
 */
export const PACK_FORMAT = 'roundtable-pack';
export const PACK_VERSION = 1;
export const PACK_EXTENSION = '.rtpack';

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const documentEntry = (sha256: string): string => `documents/${sha256}.pdf`;
/** The name of a document entry, with its sha256 as group 1. */
export const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{64})\.pdf$/;

/** Bounds that keep a hostile manifest from costing the hub more than a real congress would. */
export const PACK_LIMITS = {
  agendaItems: 2_000,
  agendaDepth: 8,
  documents: 5_000,
  delegates: 20_000,
} as const;

/** An Ed25519 public key: its 32 raw bytes in base64url (the JWK `x`), 43 characters. */
export const PackPublicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'an Ed25519 public key: 32 bytes in base64url (43 characters)');
/** An Ed25519 signature: 64 bytes in base64url, 86 characters. */
export const PackSignatureValue = z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'an Ed25519 signature: 64 bytes in base64url (86 characters)');

const agendaFields = AgendaItem.pick({ id: true, title: true, description: true, durationMinutes: true }).shape;

export interface PackAgendaItem {
  id: string;
  title: string;
  description: string;
  durationMinutes: number | null;
  children: PackAgendaItem[];
}
/** The agenda as a tree: sub-items in `children`, in their order (numbering is derived, as in the hub). */
export const PackAgendaItem: z.ZodType<PackAgendaItem> = z.strictObject({
  ...agendaFields,
  get children() {
    return z.array(PackAgendaItem).max(PACK_LIMITS.agendaItems);
  },
});

/** A document, in its order among the documents of its item (`itemId` null: the meeting's own documents). */
export const PackDocument = z.strictObject({
  ...MeetingDocument.pick({ id: true, itemId: true, title: true, sha256: true, bytes: true, pages: true }).shape,
  access: DocumentAccess,
});
export type PackDocument = z.infer<typeof PackDocument>;

export const PackDelegate = z.strictObject(
  Delegate.pick({ id: true, fullName: true, title: true, organisation: true, group: true, seat: true }).shape,
);
export type PackDelegate = z.infer<typeof PackDelegate>;

export const PackMeeting = z.strictObject(Meeting.pick({ id: true, title: true, date: true, place: true, quorumRule: true }).shape);
export type PackMeeting = z.infer<typeof PackMeeting>;

export const PackSigner = z.strictObject({
  /** The hub that built and signed the pack (its `hub_id`). */
  id: z.string().min(1).max(100),
  publicKey: PackPublicKey,
});

/** Every agenda item of the tree, depth first, with its depth (0 at the top). */
export function walkAgenda(items: readonly PackAgendaItem[], depth = 0): { item: PackAgendaItem; depth: number; parentId: string | null }[] {
  const out: { item: PackAgendaItem; depth: number; parentId: string | null }[] = [];
  const visit = (list: readonly PackAgendaItem[], d: number, parentId: string | null) => {
    for (const item of list) {
      out.push({ item, depth: d, parentId });
      visit(item.children, d + 1, item.id);
    }
  };
  visit(items, depth, null);
  return out;
}

export const PackManifest = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    meeting: PackMeeting,
    agenda: z.array(PackAgendaItem).max(PACK_LIMITS.agendaItems),
    documents: z.array(PackDocument).max(PACK_LIMITS.documents),
    delegates: z.array(PackDelegate).max(PACK_LIMITS.delegates),
    createdAt: IsoDateTime,
    hub: PackSigner,
  })
  .superRefine((m, ctx) => {
    // The rules a hub enforces on a meeting, checked here so that a pack that passes imports whole.
    const items = walkAgenda(m.agenda);
    if (items.length > PACK_LIMITS.agendaItems) {
      ctx.addIssue({ code: 'custom', path: ['agenda'], message: `more than ${PACK_LIMITS.agendaItems} agenda items` });
    }
    const itemIds = new Set<string>();
    for (const { item, depth } of items) {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['agenda'], message: `duplicate agenda item id "${item.id}"` });
      itemIds.add(item.id);
      if (depth >= PACK_LIMITS.agendaDepth) {
        ctx.addIssue({ code: 'custom', path: ['agenda'], message: `agenda item "${item.id}" is nested deeper than ${PACK_LIMITS.agendaDepth} levels` });
      }
    }
    const docIds = new Set<string>();
    const bySha = new Map<string, PackDocument>();
    m.documents.forEach((doc, i) => {
      if (docIds.has(doc.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `duplicate document id "${doc.id}"` });
      docIds.add(doc.id);
      if (doc.itemId !== null && !itemIds.has(doc.itemId)) {
        ctx.addIssue({ code: 'custom', path: ['documents', i, 'itemId'], message: `document "${doc.id}" names agenda item "${doc.itemId}", which the agenda does not have` });
      }
      const same = bySha.get(doc.sha256);
      if (same && (same.bytes !== doc.bytes || same.pages !== doc.pages)) {
        ctx.addIssue({ code: 'custom', path: ['documents', i], message: `documents "${same.id}" and "${doc.id}" have the same sha256 but different sizes or page counts` });
      }
      bySha.set(doc.sha256, doc);
    });
    const delegateIds = new Set<string>();
    const seats = new Map<string, string>();
    m.delegates.forEach((d, i) => {
      if (delegateIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['delegates', i, 'id'], message: `duplicate delegate id "${d.id}"` });
      delegateIds.add(d.id);
      const holder = d.seat ? seats.get(d.seat) : undefined;
      if (holder) ctx.addIssue({ code: 'custom', path: ['delegates', i, 'seat'], message: `seat "${d.seat}" is given to both "${holder}" and "${d.fullName}"` });
      if (d.seat) seats.set(d.seat, d.fullName);
    });
  });
export type PackManifest = z.infer<typeof PackManifest>;

/** `signature.json`: the signer's Ed25519 signature over the exact bytes of `manifest.json`. */
export const PackSignatureFile = z.strictObject({
  format: z.literal(`${PACK_FORMAT}-signature`),
  version: z.literal(PACK_VERSION),
  algorithm: z.literal('ed25519'),
  publicKey: PackPublicKey,
  signature: PackSignatureValue,
});
export type PackSignatureFile = z.infer<typeof PackSignatureFile>;

/** The distinct documents of a manifest, one per sha256: what `documents/` must hold, no more, no less. */
export function packFiles(manifest: Pick<PackManifest, 'documents'>): Map<string, { bytes: number; pages: number; title: string }> {
  const files = new Map<string, { bytes: number; pages: number; title: string }>();
  for (const d of manifest.documents) if (!files.has(d.sha256)) files.set(d.sha256, { bytes: d.bytes, pages: d.pages, title: d.title });
  return files;
}

/** What importing a pack answers (`POST /api/packs`, `pack import` on the CLI): the meeting it wrote and who signed it. */
export interface PackImportResult {
  meetingId: string;
  title: string;
  revision: number;
  /** A meeting with the same id was replaced (`?replace=1`). */
  replaced: boolean;
  agendaItems: number;
  documents: number;
  delegates: number;
  signer: { hubId: string; fingerprint: string; trust: 'this-hub' | 'trusted-key' | 'explicit' };
}
