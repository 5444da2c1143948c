import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../../../shared/protocol/index.ts';
import type { Identified } from '../http/caller.ts';
import type { HttpRequest } from '../http/context.ts';
import { fail, json, refuse } from '../http/reply.ts';
import { exportPack } from './export.ts';
import { importPack } from './import.ts';
import { describeMb, hubPackLimits } from './limits.ts';
import { PackError, type PackErrorCode, problemLine } from './problems.ts';

/** How each refusal reads over HTTP: the protocol's code (and so its status), the pack's own reason beside it. */
const REFUSAL: Record<PackErrorCode, ErrorCode> = {
  bad_pack: 'bad_document',
  bad_document: 'bad_document',
  bad_folder: 'bad_document',
  too_large: 'payload_too_large',
  untrusted: 'forbidden',
  conflict: 'conflict',
  not_found: 'not_found',
};

function refused(res: ServerResponse, error: PackError): void {
  refuse(res, { code: REFUSAL[error.code], reason: error.code, message: error.message, problems: error.problems.map(problemLine) });
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

/**
 * `POST /api/packs` (`?replace=1`, `?trust=1`): a meeting pack imported, for the secretariat (the route's gate).
 */
export async function importPackRoute({ req, res, url, caller, deps }: HttpRequest<Identified>): Promise<void> {
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
      actor: `secretariat:${(caller.session ?? '').slice(0, 12)}`,
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

/** `GET /api/meetings/<id>/pack`: the meeting as a signed pack, for the secretariat (the route's gate). */
export async function exportPackRoute({ res, params, deps }: HttpRequest<Identified>): Promise<void> {
  const meetingId = params.id ?? '';
  if (!deps.store.getMeeting(meetingId)) return fail(res, 'not_found', `There is no meeting "${meetingId}".`, { reason: 'meeting_not_found', params: { meetingId } });
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
