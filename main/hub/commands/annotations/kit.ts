import { bodyProblem, overLimit } from '../../../../shared/domain/annotations/index.ts';
import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import { mayRead, type Reader } from '../../../../shared/domain/access.ts';
import { ANNOTATION_LIMITS, type Annotation, type DocumentAccess, type Meeting, type ParsedInput } from '../../../../shared/protocol/index.ts';
import { carriedRecord, indexPages } from '../../annotations/carry.ts';
import { readerOf } from '../../kernel/reader.ts';
import type { AnnotationRecord } from '../../store/store.ts';
import { CommandError, noMeeting, requireAgendaItem, requireDocument, type CommandContext } from '../context.ts';

/** The signed-in delegate writing in their own meeting, while it is open. */
export function owner(ctx: CommandContext, meetingId: string): { meeting: Meeting; delegateId: string; reader: Reader } {
  const { delegateId } = ctx.principal;
  if (ctx.principal.role !== 'delegate' || !delegateId || ctx.principal.meetingId !== meetingId) {
    throw new CommandError('forbidden', `Only a delegate of meeting "${meetingId}" keeps annotations in it.`);
  }
  const meeting = ctx.store.getMeeting(meetingId);
  if (!meeting || !meetingVisibleTo('delegate', meeting.status)) throw noMeeting(meetingId);
  if (meeting.status === 'closed') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is closed: its annotations can no longer change.`, {
      reason: 'meeting_closed',
      params: { title: meeting.title },
    });
  }
  return { meeting, delegateId, reader: readerOf(ctx.store, ctx.principal, meetingId) };
}

/** The delegate's own annotation, or a refusal when the id is someone else's. */
export function ownRow(ctx: CommandContext, meetingId: string, id: string, delegateId: string): AnnotationRecord | null {
  const row = ctx.store.getAnnotation(meetingId, id);
  if (row && row.delegateId !== delegateId) throw new CommandError('forbidden', `Annotation "${id}" is another delegate's.`);
  return row;
}

type PutInput = ParsedInput<'annotations.put'>;

/** Checks what the annotation is on (a document version the delegate may read, or an agenda item) and its body. */
export function checkTarget(ctx: CommandContext, input: PutInput, reader: Reader): { access: DocumentAccess | null; version: number | null } {
  const { meetingId, documentId, sha256, itemId, kind, body } = input;
  if (kind === 'item_note') {
    if (itemId === null || documentId !== null || sha256 !== null) {
      throw new CommandError('bad_request', 'An item note names its itemId, and no documentId or sha256.');
    }
    requireAgendaItem(ctx, meetingId, itemId);
    const problem = bodyProblem(kind, body, null);
    if (problem) throw new CommandError('bad_request', `body: ${problem}.`);
    return { access: null, version: null };
  }
  if (documentId === null || sha256 === null || itemId !== null) {
    throw new CommandError('bad_request', `A ${kind} names its documentId and sha256 (the version it was made on), and no itemId.`);
  }
  const doc = requireDocument(ctx, meetingId, documentId);
  if (!mayRead(reader, doc.access)) throw new CommandError('forbidden', `Document "${doc.title}" is not yours to read.`);
  const version = doc.sha256 === sha256 ? { version: doc.version, pages: doc.pages } : doc.previousVersions.find((v) => v.sha256 === sha256);
  if (!version) throw new CommandError('bad_request', `sha256 is not a version of document "${doc.title}".`);
  const pages = 'pages' in version && typeof version.pages === 'number' ? version.pages : null;
  const problem = bodyProblem(kind, body, pages);
  if (problem) throw new CommandError('bad_request', `body: ${problem}.`);
  return { access: doc.access, version: version.version };
}

/** Refuses a body over its limit, or a delegate who would keep more than theirs. */
export function checkSize(ctx: CommandContext, meetingId: string, delegateId: string, bytes: number, previous: AnnotationRecord | null): void {
  if (bytes > ANNOTATION_LIMITS.bodyBytes) {
    throw new CommandError('payload_too_large', `The annotation is ${bytes} bytes; one may hold ${ANNOTATION_LIMITS.bodyBytes}.`);
  }
  const usage = ctx.store.annotationUsage(meetingId, delegateId);
  const live = previous && !previous.deleted;
  const after = { count: usage.count + (live ? 0 : 1), bytes: usage.bytes - (live ? previous.bytes : 0) + bytes };
  if (overLimit(after, ANNOTATION_LIMITS)) {
    throw new CommandError(
      'payload_too_large',
      `A delegate keeps at most ${ANNOTATION_LIMITS.perDelegate} annotations (${ANNOTATION_LIMITS.perDelegateBytes / 1024 / 1024} MB) in a meeting; remove some first.`,
    );
  }
}

/**
 * An annotation made on a version already replaced (a tablet that was offline): carried on at once when the hub has
 * carried that version's annotations already; otherwise the pending carry takes it with the others.
 */
export function carryForward(ctx: CommandContext, record: AnnotationRecord): AnnotationRecord {
  let current = record;
  for (let hops = 0; current.documentId && current.sha256 && hops < 50; hops++) {
    const job = ctx.store.annotationCarryFrom(current.meetingId, current.documentId, current.sha256);
    const text = job?.doneAt ? ctx.store.getDocumentText(job.toSha256) : null;
    if (!job || !text) break;
    current = carriedRecord(current, { sha256: job.toSha256, pages: indexPages(text) }, { version: job.fromVersion }, ctx.now.toISOString(), current.seq);
  }
  return current;
}

/** Shared ones (and ones others saw) go to their readers after the commit; the owner's devices get every change. */
export function pushAfterCommit(ctx: CommandContext, record: AnnotationRecord, access: DocumentAccess | null, previous: AnnotationRecord | null): void {
  const before = previous && !previous.deleted ? previous.visibility : null;
  ctx.afterCommit(() => ctx.services.pushAnnotations(record.meetingId, [{ record, access, before }]));
}

/** The annotation as the protocol sends it. */
export function publicOf(record: AnnotationRecord): Annotation {
  const { wasShared: _wasShared, bytes: _bytes, ...annotation } = record;
  return annotation;
}
