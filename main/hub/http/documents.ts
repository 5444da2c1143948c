import type { ServerResponse } from 'node:http';
import send from 'send';
import { mayFetch } from '../../../shared/domain/publication.ts';
import { PRIVILEGED_ROLES } from '../../../shared/protocol/index.ts';
import { BlobTooLargeError } from '../blobs.ts';
import { readerOf } from '../kernel/reader.ts';
import type { Logger } from '../logger.ts';
import { inspectPdf } from '../pdf/inspect.ts';
import type { Identified } from './caller.ts';
import type { HttpRequest } from './context.ts';
import type { DocumentCaller } from './gates.ts';
import { fail, json, refuse } from './reply.ts';

/** A document is named by its sha256 only: exactly the lowercase hex name, never a decoded or case-folded variant. */
export const DOCUMENT_NAME = /^[0-9a-f]{64}$/;

/** `POST /api/documents`: the raw PDF bytes, checked as a tablet will draw them, then stored by their sha256. */
export async function uploadDocument({ req, res, deps }: HttpRequest<Identified>): Promise<void> {
  const { blobs, store, logger } = deps;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > deps.maxUploadBytes) {
    req.resume();
    return fail(res, 'payload_too_large', new BlobTooLargeError(deps.maxUploadBytes).message);
  }
  let staged;
  try {
    staged = await blobs.stage(req, deps.maxUploadBytes);
  } catch (error) {
    if (error instanceof BlobTooLargeError) return fail(res, 'payload_too_large', error.message);
    throw error;
  }
  const outcome = await inspectPdf(staged.path, deps.inspectLimits);
  if (!outcome.ok) {
    await staged.discard();
    logger.info({ reason: outcome.reason, bytes: staged.bytes }, 'upload refused');
    return refuse(res, { code: 'bad_document', reason: outcome.reason, message: outcome.message, ...(outcome.params ? { params: outcome.params } : {}) });
  }
  await staged.commit();
  store.putBlob({ sha256: staged.sha256, bytes: staged.bytes, pages: outcome.pages, mediaType: 'application/pdf', createdAt: new Date().toISOString() });
  logger.info({ sha256: staged.sha256, bytes: staged.bytes, pages: outcome.pages }, 'document stored');
  json(res, 201, { ok: true, sha256: staged.sha256, pages: outcome.pages, bytes: staged.bytes, title: outcome.title });
}

type SendError = Error & { status?: number; headers?: Record<string, unknown> };

/** `GET`/`HEAD /api/documents/<sha256>`: the bytes, to whoever may fetch a meeting document that has them. */
export function downloadDocument({ req, res, params, caller, deps }: HttpRequest<DocumentCaller>): void {
  const { store, blobs } = deps;
  const sha256 = params.sha256 ?? '';
  const blob = store.getBlob(sha256);
  if (!blob || !blobs.has(sha256)) return fail(res, 'not_found', `The hub holds no document ${sha256}.`);
  // Access is decided per meeting document, current version or earlier one: the same bytes may be open in one
  // meeting and restricted in another, and an earlier version is for whoever may read the document now.
  const uses = [...store.documentsBySha256(sha256), ...store.documentsByPreviousSha256(sha256)].map((use) => ({
    ...use,
    status: store.getMeeting(use.meetingId)?.status ?? 'draft',
  }));
  const allowed = PRIVILEGED_ROLES.includes(caller.role) || uses.some((u) => mayFetch(readerOf(store, caller, u.meetingId), u.status, u.document.access));
  if (!allowed) {
    return caller.role === 'guest'
      ? fail(res, 'not_signed_in', 'This document is restricted; sign in to read it.')
      : fail(res, 'forbidden', 'You may not read this document.');
  }
  if (caller.unpaired) return fail(res, 'not_paired', 'This device has not paired with the hub; pair it, then send its device token (X-Device-Token: <token>).');
  res.setHeader('Content-Type', blob.mediaType);
  res.setHeader('ETag', `"${sha256}"`);
  res.setHeader('Content-Disposition', 'inline');
  // Content-addressed: the bytes behind this URL never change, so bytes every meeting shows to everyone (open
  // documents of published meetings) may be cached anywhere. Restricted bytes are never stored by a browser's HTTP
  // cache: the tablet keeps them only in its preload cache, which it purges when the meeting closes.
  const everyoneReads = uses.length > 0 && uses.every((u) => u.status !== 'draft' && u.document.access.kind === 'all');
  // fs's 64 KB chunks: 256 KB ones were measured no faster for 100 tablets fetching a 50 MB annex, and held four times
  // the memory while 1,500 tablets preload at once (bench/README.md).
  send(req, sha256, { root: blobs.root, etag: false, lastModified: false, immutable: true, maxAge: '1y', dotfiles: 'deny' })
    .on('headers', (r: ServerResponse) => r.setHeader('Cache-Control', everyoneReads ? 'public, max-age=31536000, immutable' : 'private, no-store'))
    .on('error', (err: SendError) => sendFailed(res, err, sha256, deps.logger))
    .pipe(res);
}

/** `send`'s refusals as the hub's JSON errors; an I/O failure is a hub fault, logged with its stack. */
function sendFailed(res: ServerResponse, err: SendError, sha256: string, logger: Logger): void {
  const status = err.status ?? 500;
  if (!res.headersSent) for (const name of ['Content-Disposition', 'ETag']) res.removeHeader(name);
  if (status === 416) {
    // A range past the end: the size goes in Content-Range (`bytes */<size>`, set by send) so the client can ask again.
    res.setHeader('Content-Range', String(err.headers?.['Content-Range'] ?? res.getHeader('Content-Range') ?? ''));
    return refuse(res, { status: 416, code: 'bad_request', message: 'The range asked for starts past the end of the document; Content-Range gives its size.' });
  }
  if (status === 404) return fail(res, 'not_found', `The hub holds no document ${sha256}.`);
  if (status === 412) return refuse(res, { status: 412, code: 'conflict', message: 'The document does not match the If-Match or If-Unmodified-Since condition.' });
  if (status < 500) return refuse(res, { status, code: 'bad_request', message: 'The request for this document is not one the hub can answer.' });
  logger.error({ err, sha256 }, 'reading a document failed');
  fail(res, 'internal', 'The hub could not read this document; the hub log has the details.');
}
