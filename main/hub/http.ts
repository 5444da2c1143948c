import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import send from 'send';
import type { Reader } from '../../shared/domain/access.ts';
import { mayFetch } from '../../shared/domain/publication.ts';
import { type ErrorCode, type Role, STAFF_ROLES } from '../../shared/protocol/index.ts';
import { BlobTooLargeError, type BlobStore } from './blobs.ts';
import type { Logger } from './logger.ts';
import { inspectPdf, type InspectLimits } from './pdf/inspect.ts';
import { type Caller, requestCaller } from './http-identity.ts';
import { badgeCards } from './badges/print.ts';
import { renderBadgePng } from './badges/sheet.ts';
import { deskMayPrint } from './badges/desk-print.ts';
import { renderBadgeSheetOffThread } from './badges/sheet-thread.ts';
import type { PipelineDeps } from './pipeline.ts';
import type { Store } from './store/store.ts';
import { packRoute } from './packs/http-route.ts';
import { delegatePreviewRoute } from './delegate-import/http-route.ts';
import { isClientFault, methodAllowed, METHODS, readTarget } from './http/guard.ts';
import { readTicketRequest, Tickets } from './http/tickets.ts';
import { readBody } from './http/body.ts';
import { clip, LogLimiter } from './log-safe.ts';
import { checkOrigin, type OwnAddresses } from './origin.ts';

export interface HttpDeps {
  store: Store;
  blobs: BlobStore;
  logger: Logger;
  webRoot: string | null;
  version: string;
  startedAt: number;
  maxUploadBytes: number;
  inspectLimits: InspectLimits;
  /** Read at request time: the hub may switch it after start. */
  requirePairing: () => boolean;
  /** The command pipeline (pack imports write through it). */
  pipeline: PipelineDeps;
  /** The hub's own addresses, read at request time (the port is known once it listens): the Origin check. */
  ownAddresses: () => OwnAddresses;
}

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unknown_event: 404,
  protocol_mismatch: 400,
  not_signed_in: 401,
  forbidden: 403,
  bad_passcode: 401,
  rate_limited: 429,
  session_expired: 401,
  not_found: 404,
  not_published: 404,
  conflict: 409,
  payload_too_large: 413,
  bad_document: 422,
  internal: 500,
  not_paired: 401,
  session_elsewhere: 409,
  badge_malformed: 400,
  badge_truncated: 400,
  badge_other_meeting: 403,
  badge_forged: 403,
  badge_altered: 403,
  badge_expired: 403,
  badge_revoked: 403,
};

// Everything a screen loads comes from the hub itself: no CDN, nothing that calls out.
const CSP = [
  "default-src 'self'",
  // WebAssembly (pdf.js's JPEG 2000 and JBIG2 decoders) may be compiled; scripts still come only from the hub.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function json(res: ServerResponse, status: number, body: unknown): void {
  // Too late for an answer once the headers are out (a stream failing half-way): the client sees a cut connection.
  if (res.headersSent) return void res.destroy();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  json(res, STATUS[code], { ok: false, code, message });
}

/**
 * The bearer token of a request (a session's or a paired device's): `Authorization: Bearer <token>`, never a URL
 * (a link a browser opens carries a one-time `?ticket=`, turned into this header at the entry: http/tickets.ts).
 */
function tokenOf(req: IncomingMessage, _url: URL): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return null;
}

/** The headers a ticket stands for: the session's bearer token and the device's own token. */
function credentialsOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['authorization', 'x-device-token']) {
    const value = req.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

type SendError = Error & { status?: number; headers?: Record<string, unknown> };

function callerOf(deps: HttpDeps, req: IncomingMessage, url: URL): Caller {
  return requestCaller(deps.store, req, tokenOf(req, url), deps.requirePairing(), new Date());
}

export function createRequestHandler(deps: HttpDeps) {
  const { store, blobs, logger } = deps;

  const health = (res: ServerResponse) =>
    json(res, 200, {
      ok: true,
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      meetings: store.countMeetings(),
    });

  const upload = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const caller = callerOf(deps, req, url);
    if (!caller.ok) return fail(res, caller.code === 'not_paired' ? 'not_signed_in' : caller.code, caller.code === 'not_paired' ? 'Uploading documents needs a secretariat session (Authorization: Bearer <token>).' : caller.message);
    if (caller.role === 'guest') return fail(res, 'not_signed_in', 'Uploading documents needs a secretariat session (Authorization: Bearer <token>).');
    if (caller.role !== 'secretariat') return fail(res, 'forbidden', `The ${caller.role} role may not upload documents; the secretariat does.`);
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
      return json(res, 422, { ok: false, code: 'bad_document', reason: outcome.reason, message: outcome.message });
    }
    await staged.commit();
    store.putBlob({ sha256: staged.sha256, bytes: staged.bytes, pages: outcome.pages, mediaType: 'application/pdf', createdAt: new Date().toISOString() });
    logger.info({ sha256: staged.sha256, bytes: staged.bytes, pages: outcome.pages }, 'document stored');
    json(res, 201, { ok: true, sha256: staged.sha256, pages: outcome.pages, bytes: staged.bytes });
  };

  const download = (req: IncomingMessage, res: ServerResponse, url: URL, sha256: string) => {
    const found = callerOf(deps, req, url);
    // A request with no credentials at all is judged as a guest first, as a command is: a document a guest may not
    // read is `not_signed_in`; one it could read once paired is `not_paired` (below).
    if (!found.ok && found.code !== 'not_paired') return fail(res, found.code, found.message);
    const unpaired = !found.ok;
    const caller = found.ok ? found : { role: 'guest' as const, delegateId: null, meetingId: null };
    const blob = store.getBlob(sha256);
    if (!blob || !blobs.has(sha256)) return fail(res, 'not_found', `The hub holds no document ${sha256}.`);
    const privileged = caller.role === 'secretariat' || caller.role === 'chair';
    // Access is decided per meeting document, current version or earlier one: the same bytes may be open in one
    // meeting and restricted in another, and an earlier version is for whoever may read the document now.
    const uses = [...store.documentsBySha256(sha256), ...store.documentsByPreviousSha256(sha256)].map((use) => ({
      ...use,
      status: store.getMeeting(use.meetingId)?.status ?? 'draft',
    }));
    const readerIn = (meetingId: string): Reader => {
      if (caller.role !== 'delegate') return { role: caller.role };
      // A delegate reads as a delegate in their own meeting only; elsewhere as anyone.
      if (caller.meetingId !== meetingId || !caller.delegateId) return { role: 'guest' };
      return { role: 'delegate', group: store.getDelegate(meetingId, caller.delegateId)?.group ?? null };
    };
    const allowed = privileged || uses.some((u) => mayFetch(readerIn(u.meetingId), u.status, u.document.access));
    if (!allowed) {
      return caller.role === 'guest'
        ? fail(res, 'not_signed_in', 'This document is restricted; sign in to read it.')
        : fail(res, 'forbidden', 'You may not read this document.');
    }
    if (unpaired) return fail(res, 'not_paired', 'This device has not paired with the hub; pair it, then send its device token (X-Device-Token: <token>).');
    res.setHeader('Content-Type', blob.mediaType);
    res.setHeader('ETag', `"${sha256}"`);
    res.setHeader('Content-Disposition', 'inline');
    // Content-addressed: the bytes behind this URL never change, so bytes every meeting shows to everyone (open
    // documents of published meetings) may be cached anywhere. Restricted bytes are never stored by a browser's HTTP
    // cache: the tablet keeps them only in its preload cache, which it purges when the meeting closes.
    const everyoneReads = uses.length > 0 && uses.every((u) => u.status !== 'draft' && u.document.access.kind === 'all');
    send(req, sha256, { root: blobs.root, etag: false, lastModified: false, immutable: true, maxAge: '1y', dotfiles: 'deny' })
      .on('headers', (r: ServerResponse) => r.setHeader('Cache-Control', everyoneReads ? 'public, max-age=31536000, immutable' : 'private, no-store'))
      .on('error', (err: SendError) => sendFailed(res, err, sha256))
      .pipe(res);
  };

  /** `send`'s refusals as the hub's JSON errors; an I/O failure is a hub fault, logged with its stack. */
  const sendFailed = (res: ServerResponse, err: SendError, sha256: string) => {
    const status = err.status ?? 500;
    if (!res.headersSent) for (const name of ['Content-Disposition', 'ETag']) res.removeHeader(name);
    if (status === 416) {
      // A range past the end: the size goes in Content-Range (`bytes */<size>`, set by send) so the client can ask again.
      res.setHeader('Content-Range', String(err.headers?.['Content-Range'] ?? res.getHeader('Content-Range') ?? ''));
      return json(res, 416, { ok: false, code: 'bad_request', message: 'The range asked for starts past the end of the document; Content-Range gives its size.' });
    }
    if (status === 404) return fail(res, 'not_found', `The hub holds no document ${sha256}.`);
    if (status === 412) return json(res, 412, { ok: false, code: 'conflict', message: 'The document does not match the If-Match or If-Unmodified-Since condition.' });
    if (status < 500) return json(res, status, { ok: false, code: 'bad_request', message: 'The request for this document is not one the hub can answer.' });
    logger.error({ err, sha256 }, 'reading a document failed');
    fail(res, 'internal', 'The hub could not read this document; the hub log has the details.');
  };

  /** Staff only: the roles allowed, else a refusal already written. */
  const staff = (req: IncomingMessage, res: ServerResponse, url: URL, roles: readonly Role[], what: string) => {
    const caller = callerOf(deps, req, url);
    if (!caller.ok) {
      fail(res, caller.code === 'not_paired' ? 'not_signed_in' : caller.code, caller.code === 'not_paired' ? `${what} needs a staff session.` : caller.message);
      return null;
    }
    if (!roles.includes(caller.role)) {
      fail(res, caller.role === 'guest' ? 'not_signed_in' : 'forbidden', `${what} is for ${roles.join(' or ')}.`);
      return null;
    }
    return caller;
  };

  const badgeSheet = async (req: IncomingMessage, res: ServerResponse, url: URL, meetingId: string) => {
    const caller = staff(req, res, url, ['secretariat'], 'Printing badges');
    if (!caller) return;
    const perPage = Number(url.searchParams.get('perPage') ?? 8);
    // A GET only reads: badges are issued beforehand (badge.issueMissing, which the Print badges button sends first).
    if (!store.getMeeting(meetingId)) return fail(res, 'not_found', `There is no meeting "${meetingId}".`);
    const delegates = store.delegates(meetingId).length;
    if (delegates === 0) return fail(res, 'conflict', 'This meeting has no delegates yet: import or add them first.');
    const cards = badgeCards(store, meetingId);
    if (cards.length < delegates) {
      const missing = delegates - cards.length;
      return fail(res, 'conflict', `${missing} of ${delegates} delegates have no badge yet: issue them first (badge.issueMissing), then print.`);
    }
    let pdf: Uint8Array;
    try {
      pdf = await renderBadgeSheetOffThread(cards, { perPage });
    } catch (error) {
      return fail(res, 'bad_request', error instanceof Error ? error.message : String(error));
    }
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="badges-${meetingId}.pdf"`,
      'Cache-Control': 'no-store',
      'Content-Length': pdf.length,
    });
    res.end(pdf);
  };

  const badgePng = async (req: IncomingMessage, res: ServerResponse, url: URL, meetingId: string, delegateId: string) => {
    const caller = staff(req, res, url, ['secretariat', 'checkin'], 'Printing a badge');
    if (!caller) return;
    if (!store.getDelegate(meetingId, delegateId)) return fail(res, 'not_found', `Meeting "${meetingId}" has no delegate "${delegateId}".`);
    if (caller.role === 'checkin' && !deskMayPrint(store, meetingId, delegateId, new Date())) {
      return fail(res, 'forbidden', 'A check-in desk prints a badge only in the ten minutes after issuing it (badge.issue); issue a new one to print it.');
    }
    const [card] = badgeCards(store, meetingId, [delegateId]);
    if (!card) return fail(res, 'conflict', 'This delegate has no badge yet: issue one first (badge.issue).');
    const png = await renderBadgePng(card);
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Disposition': `inline; filename="badge-${delegateId}-${card.serial}.png"`,
      'Cache-Control': 'no-store',
      'Content-Length': png.length,
    });
    res.end(png);
  };

  const web = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const root = deps.webRoot;
    if (!root || !existsSync(join(root, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The web client is not built. Run `npm run build:web`, then reload.\n');
      return;
    }
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const path = normalize(decodeURIComponent(url.pathname));
    const isAsset = path.startsWith('/assets/');
    const serveIndex = () =>
      send(req, '/index.html', { root, etag: true, cacheControl: false })
        .on('headers', (r: ServerResponse) => r.setHeader('Cache-Control', 'no-cache'))
        .pipe(res);
    send(req, path, { root, index: false, dotfiles: 'deny', immutable: isAsset, maxAge: isAsset ? '1y' : 0 })
      .on('error', (err: { status?: number }) => {
        // Client-side routes (/console/demo, /tablet/demo...) get the app; a missing asset is a real 404.
        if (err.status === 404 && !isAsset && !/\.[a-z0-9]+$/i.test(path)) serveIndex();
        else {
          res.statusCode = err.status ?? 500;
          res.end();
        }
      })
      .on('directory', () => serveIndex())
      .pipe(res);
  };

  /** `POST /api/tickets` `{ path }`: a one-time link for a download a browser opens itself (http/tickets.ts). */
  const ticket = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!staff(req, res, url, STAFF_ROLES, 'A download link')) return void req.resume();
    const body = await readBody(req, 4096);
    if (!body) {
      res.setHeader('Connection', 'close');
      return fail(res, 'payload_too_large', 'A ticket request is a small JSON object: { "path": "/api/…" }.');
    }
    const asked = readTicketRequest(body.toString('utf8'));
    if (!asked.ok) return fail(res, 'bad_request', asked.message);
    const issued = tickets.issue(credentialsOf(req), asked.path);
    if (!issued) return fail(res, 'rate_limited', 'Too many download links are waiting to be used; try again in a minute.');
    json(res, 201, { ok: true, ticket: issued, path: asked.path, expiresInSeconds: tickets.ttlMs / 1000 });
  };

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL, method: string) => {
    if (url.pathname === '/api/health' && (method === 'GET' || method === 'HEAD')) return health(res);
    if (url.pathname === '/api/tickets' && method === 'POST') return ticket(req, res, url);
    if (url.pathname === '/api/documents' && method === 'POST') return upload(req, res, url);
    const doc = /^\/api\/documents\/([^/]+)$/.exec(url.pathname);
    if (doc && (method === 'GET' || method === 'HEAD')) {
      const sha = doc[1] ?? '';
      // Exactly the lowercase hex name, never a decoded or case-folded variant: one URL per document, one access check.
      if (!/^[0-9a-f]{64}$/.test(sha)) return fail(res, 'not_found', 'No such document: a document is named by its sha256, 64 lowercase hex characters.');
      return download(req, res, url, sha);
    }
    const sheet = /^\/api\/meetings\/([A-Za-z0-9_-]+)\/badges\.pdf$/.exec(url.pathname);
    if (sheet && method === 'GET') return badgeSheet(req, res, url, sheet[1]!);
    const one = /^\/api\/meetings\/([A-Za-z0-9_-]+)\/delegates\/([A-Za-z0-9_-]+)\/badge\.png$/.exec(url.pathname);
    if (one && method === 'GET') return badgePng(req, res, url, one[1]!, one[2]!);
    if (await packRoute(deps, req, res, url)) return;
    if (await delegatePreviewRoute(deps, req, res, url)) return;
    if (url.pathname.startsWith('/api/')) return fail(res, 'not_found', `No such endpoint: ${method} ${clip(url.pathname)}.`);
    if (method !== 'GET' && method !== 'HEAD') return fail(res, 'bad_request', `${method} is not supported here.`);
    return web(req, res, url);
  };

  const tickets = new Tickets();
  // A client that sends bad requests in a loop is logged ten times a minute, then counted.
  const refusals = new LogLimiter();

  /** A request refused at the door: 400 (or 403), logged without a stack (it is the client's fault, not the hub's). */
  const refuse = (req: IncomingMessage, res: ServerResponse, code: 'bad_request' | 'forbidden' | 'not_signed_in', message: string) => {
    const address = req.socket.remoteAddress ?? '';
    const logged = refusals.take(`${code}|${address}`);
    if (logged) logger.info({ address, method: clip(req.method), target: clip(req.url), code, message, ...logged }, 'request refused');
    // Whatever body it has is not read: the connection closes after the answer.
    if (!req.complete) res.setHeader('Connection', 'close');
    fail(res, code, message);
  };

  /** The last boundary: whatever a route throws or rejects with ends here, and never reaches the process. */
  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    try {
      if (isClientFault(error)) {
        logger.info({ address: req.socket.remoteAddress ?? '', target: clip(req.url), reason: clip(error instanceof Error ? error.message : error) }, 'request ended by the client');
      } else {
        logger.error({ err: error, method: clip(req.method), target: clip(req.url) }, 'request failed');
      }
      if (res.headersSent || res.destroyed) return void res.destroy();
      fail(res, 'internal', 'The hub failed to answer this request; the hub log has the details.');
    } catch {
      res.destroy();
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.httpVersionMajor !== 1) return refuse(req, res, 'bad_request', `HTTP/${clip(req.httpVersion, 10)} is not spoken here: HTTP/1.0 or 1.1 only.`);
    const target = readTarget(req.url);
    if (!target.ok) return refuse(req, res, 'bad_request', target.message);
    const method = req.method ?? '';
    if (!methodAllowed(method)) return refuse(req, res, 'bad_request', `${clip(method, 20)} is not a method this hub answers (${METHODS.join(', ')}).`);
    const url = target.url;
    const api = url.pathname.startsWith('/api/');
    if (api) res.setHeader('Cache-Control', 'no-store');
    if (method === 'POST') {
      // A hostile page in a tablet's browser can POST to the hub; its Origin header gives it away.
      const origin = checkOrigin(req.headers.origin, req.headers.host, deps.ownAddresses());
      if (!origin.ok) return refuse(req, res, 'forbidden', origin.message);
    }
    const ticketParam = api && (method === 'GET' || method === 'HEAD') ? url.searchParams.get('ticket') : null;
    if (ticketParam !== null && req.headers.authorization === undefined) {
      const credentials = tickets.redeem(ticketParam, url.pathname);
      if (!credentials) return refuse(req, res, 'not_signed_in', 'This download link has expired or was used already: ask for a new one.');
      Object.assign(req.headers, credentials);
    }
    route(req, res, url, method).catch((error: unknown) => failed(req, res, error));
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    // Without these, a client that resets the connection mid-request could raise an 'error' nobody listens to.
    req.on('error', () => {});
    res.on('error', () => {});
    try {
      handle(req, res);
    } catch (error) {
      failed(req, res, error);
    }
  };
}
