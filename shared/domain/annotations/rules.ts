// Who sees an annotation, what each kind must hold, and how much a delegate may keep. Pure: the hub decides with it.
import type { DocumentAccess } from '../../protocol/model.ts';
import { mayRead, type Reader } from '../access.ts';

export type Visibility = 'private' | 'chair' | 'everyone';
export type Kind = 'ink' | 'highlight' | 'note' | 'item_note';

/** What of an annotation decides who sees it. `access` is its document's (null: an item note, for the meeting). */
export interface Seen {
  delegateId: string;
  visibility: Visibility;
  access: DocumentAccess | null;
}

/**
 * Its owner always; the chair when shared with the chair or everyone; the secretariat and every delegate who may read
 * its document when shared with everyone. Never the projector, a check-in desk or a guest.
 */
export function seesAnnotation(reader: Reader, a: Seen): boolean {
  if (reader.role === 'delegate' && reader.delegateId === a.delegateId) return true;
  if (a.visibility === 'private') return false;
  if (reader.role === 'chair') return true;
  if (a.visibility !== 'everyone') return false;
  if (reader.role !== 'secretariat' && reader.role !== 'delegate') return false;
  return a.access === null || mayRead(reader, a.access);
}

/** The parts of a body the hub looks at to judge it. */
export interface BodyParts {
  page?: number;
  color?: string;
  width?: number;
  points?: readonly (readonly number[])[];
  line?: unknown;
  text?: { start: number; end: number; quote: { exact: string } };
  rects?: readonly unknown[];
  note?: string;
}

const REQUIRED: Record<Kind, readonly (keyof BodyParts)[]> = {
  ink: ['page', 'color', 'width', 'points', 'line'],
  highlight: ['page', 'color', 'text', 'rects'],
  note: ['page', 'note', 'points', 'line'],
  item_note: ['note'],
};
const ALLOWED: Record<Kind, readonly (keyof BodyParts)[]> = { ...REQUIRED, note: ['page', 'note', 'points', 'line', 'color'] };

/** Why a body does not fit its kind or its document, or null when it does. */
export function bodyProblem(kind: Kind, body: BodyParts, pages: number | null): string | null {
  for (const part of REQUIRED[kind]) if (body[part] === undefined) return `a ${kind} needs body.${part}`;
  for (const part of Object.keys(body) as (keyof BodyParts)[]) {
    if (body[part] !== undefined && !ALLOWED[kind].includes(part)) return `a ${kind} has no body.${part}`;
  }
  if (kind === 'note' && body.points?.length !== 1) return 'a note is pinned to one point';
  if (body.text && body.text.end <= body.text.start) return 'body.text ends before it starts';
  if (body.text && body.text.quote.exact.length !== body.text.end - body.text.start) return 'body.text.quote is not as long as its offsets';
  if (pages !== null && body.page !== undefined && body.page >= pages) return `body.page ${body.page} is beyond the document's ${pages} pages`;
  return null;
}

/** What one delegate may keep in one meeting: how many, and the bytes of their bodies. */
export function overLimit(usage: { count: number; bytes: number }, limits: { perDelegate: number; perDelegateBytes: number }): boolean {
  return usage.count > limits.perDelegate || usage.bytes > limits.perDelegateBytes;
}
