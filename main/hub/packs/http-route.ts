import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../../../shared/protocol/index.ts';
import type { HttpDeps } from '../http.ts';
import { findRequestSession } from '../http-identity.ts';
import { exportPack } from './export.ts';
import { importPack } from './import.ts';
import { describeMb, hubPackLimits } from './limits.ts';
import { PackError, type PackErrorCode, problemLine } from './problems.ts';

/** How each refusal reads over HTTP: the protocol's code and status, the pack's own reason beside it. */
const REFUSAL: Record<PackErrorCode, { status: number; code: ErrorCode }> = {
  bad_pack: { status: 422, code: 'bad_document' },
  bad_document: { status: 422, code: 'bad_document' },
  bad_folder: { status: 422, code: 'bad_document' },
  too_large: { status: 413, code: 'payload_too_large' },
  untrusted: { status: 403, code: 'forbidden' },
  conflict: { status: 409, code: 'conflict' },
  not_found: { status: 404, code: 'not_found' },
};

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function refused(res: ServerResponse, error: PackError): void {
  const { status, code } = REFUSAL[error.code];
  json(res, status, { ok: false, code, reason: error.code, message: error.message, problems: error.problems.map(problemLine) });
}

/**
 * Packs are the secretariat's: a session token of that role, never a device token, and never in the URL (a link a
 * browser opens carries a one-time ticket instead, which the hub's entry turns into this header).
 */
function secretariat(deps: HttpDeps, req: IncomingMessage, _url: URL, res: ServerResponse): string | null {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const found = token ? findRequestSession(deps.store, req, token, new Date()) : null;
  if (!found?.ok) {
    json(res, 401, { ok: false, code: 'not_signed_in', message: 'Meeting packs need a secretariat session (Authorization: Bearer <token>).' });
    return null;
  }
  if (found.session.role !== 'secretariat') {
    json(res, 403, { ok: false, code: 'forbidden', message: `The ${found.session.role} role may not import or export meeting packs; the secretariat does.` });
    return null;
  }
  return found.session.tokenHash;
}

const tooLarge = (max: number) => new PackError('too_large', [{ entry: null, message: `the pack is larger than the ${describeMb(max)} this hub accepts` }]);

/** The request body to a temporary file, refusing more than `max` bytes as they arrive. */
async function receive(req: IncomingMessage, file: string, max: number): Promise<void> {
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > max) return done(tooLarge(max));
      done(null, chunk);
    },
  });
  await pipeline(req, meter, createWriteStream(file, { mode: 0o600 }));
}

const flag = (url: URL, name: string) => ['1', 'true', 'yes'].includes(url.searchParams.get(name) ?? '');

async function upload(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const session = secretariat(deps, req, url, res);
  if (!session) return void req.resume();
  const limits = hubPackLimits(deps.store);
  if (Number(req.headers['content-length'] ?? 0) > limits.maxPackBytes) {
    req.resume();
    res.setHeader('Connection', 'close');
    return refused(res, tooLarge(limits.maxPackBytes));
  }
  // Streamed to disk, then read entry by entry: a 1 GB pack never sits in the hub's memory.
  const file = join(deps.blobs.root, '.incoming', `pack-${randomUUID()}.rtpack`);
  try {
    await receive(req, file, limits.maxPackBytes);
    const result = await importPack({ store: deps.store, blobs: deps.blobs, logger: deps.logger, deps: deps.pipeline }, file, {
      replace: flag(url, 'replace'),
      trust: flag(url, 'trust'),
      limits,
      inspectLimits: deps.inspectLimits,
      actor: `secretariat:${session.slice(0, 12)}`,
    });
    json(res, 201, { ok: true, ...result });
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    // The rest of an oversized body is not read: the connection closes after the answer.
    if (error.code === 'too_large' && !req.complete) res.setHeader('Connection', 'close');
    return refused(res, error);
  } finally {
    await rm(file, { force: true });
  }
}

async function download(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL, meetingId: string): Promise<void> {
  if (!secretariat(deps, req, url, res)) return;
  if (!deps.store.getMeeting(meetingId)) return json(res, 404, { ok: false, code: 'not_found', message: `There is no meeting "${meetingId}".` });
  res.setHeader('Content-Type', 'application/zip');
  res.setHeader('Content-Disposition', `attachment; filename="${meetingId}.rtpack"`);
  res.setHeader('Cache-Control', 'no-store');
  try {
    await exportPack(deps.store, deps.blobs, meetingId, res);
  } catch (error) {
    if (res.headersSent) return void res.destroy();
    for (const name of ['Content-Type', 'Content-Disposition']) res.removeHeader(name);
    if (error instanceof PackError) return refused(res, error);
    throw error;
  }
}

/**
 * `POST /api/packs` (import; `?replace=1`, `?trust=1`) and `GET /api/meetings/<id>/pack` (export), for the
 * secretariat. Answers true when the request was one of these.
 */
export async function packRoute(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (url.pathname === '/api/packs' && req.method === 'POST') {
    await upload(deps, req, res, url);
    return true;
  }
  const exported = /^\/api\/meetings\/([A-Za-z0-9_-]+)\/pack$/.exec(url.pathname);
  if (exported && req.method === 'GET') {
    await download(deps, req, res, url, exported[1]!);
    return true;
  }
  return false;
}
