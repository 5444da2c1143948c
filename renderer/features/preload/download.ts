import type { PreloadFailureKind } from '../../../shared/protocol/index.ts';
import type { Hasher } from './hasher.ts';
import type { DeviceLibrary } from './library.ts';

/** Why a file is not on the device yet, in a form the tablet can explain and the hub can list (`errorKind`). */
export type FailureKind = PreloadFailureKind;

export class PreloadError extends Error {
  readonly kind: FailureKind;

  constructor(kind: FailureKind, message: string) {
    super(message);
    this.name = 'PreloadError';
    this.kind = kind;
  }
}

/** GETs a document from byte `offset` on (a Range request when above 0). Rejects only when the hub is unreachable. */
export type DocumentRequest = (sha256: string, offset: number, signal: AbortSignal) => Promise<Response>;

/** The hash of the bytes stored so far, kept between attempts so a resume need not read them back. */
export interface HashMemo {
  sha256: string;
  offset: number;
  hasher: Hasher;
}

export interface DownloadJob {
  sha256: string;
  bytes: number;
  library: DeviceLibrary;
  request: DocumentRequest;
  createHasher: () => Hasher;
  chunkBytes: number;
  signal: AbortSignal;
  memo: { current: HashMemo | null };
  /** Bytes on the device or in hand, as they grow. */
  onProgress: (bytesDone: number) => void;
}

/**
 * Brings one file onto the device: resumes from the bytes already stored (HTTP Range), writes chunks as
 * they fill (a drop loses at most the chunk in hand: it is written before giving up), hashes as it goes,
 * and stores the whole file only when its SHA-256 matches. A file whose bytes do not match is deleted.
 */
export async function download(job: DownloadJob): Promise<void> {
  const { sha256, bytes, library, signal } = job;
  let offset = await guard(library.received(sha256));
  let hasher = await resumeHash(job, offset);
  if (hasher === null) {
    await guard(library.remove(sha256));
    offset = 0;
    hasher = job.createHasher();
  }
  job.onProgress(offset);

  if (offset < bytes) {
    let response: Response;
    try {
      response = await job.request(sha256, offset, signal);
    } catch (error) {
      throw signal.aborted ? error : new PreloadError('network', `The hub cannot be reached (${messageOf(error)}).`);
    }
    if (offset > 0 && response.status === 200) {
      // The hub sent the whole file rather than the rest: take it from the first byte.
      await guard(library.remove(sha256));
      offset = 0;
      hasher = job.createHasher();
    } else if (response.status === 206) {
      const range = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
      if (Number(range?.[1]) !== offset) {
        await response.body?.cancel();
        throw new PreloadError('http', `The hub answered a different range (${response.headers.get('content-range') ?? 'none'}) than asked (from byte ${offset}).`);
      }
    } else if (!response.ok) {
      if (response.status === 416) await guard(library.remove(sha256));
      throw await refusal(response);
    }
    offset = await receive(job, response, offset, hasher);
  }

  if (offset !== bytes) throw new PreloadError('network', `The download stopped at ${offset} of ${bytes} bytes.`);
  job.memo.current = null;
  const digest = hasher.digestHex();
  if (digest !== sha256) {
    await guard(library.remove(sha256));
    throw new PreloadError('sha256', `The bytes received do not match the document's SHA-256 (got ${digest.slice(0, 12)}…); they were deleted.`);
  }
  await guard(library.complete(sha256));
  job.onProgress(bytes);
}

/** The hash of the stored bytes: kept from the last attempt, else computed again from the chunks. Null if they do not add up. */
async function resumeHash(job: DownloadJob, offset: number): Promise<Hasher | null> {
  const memo = job.memo.current;
  if (memo && memo.sha256 === job.sha256 && memo.offset === offset) return memo.hasher;
  job.memo.current = null;
  const hasher = job.createHasher();
  if (offset === 0) return hasher;
  let fed = 0;
  for await (const chunk of job.library.readChunks(job.sha256)) {
    hasher.update(chunk);
    fed += chunk.byteLength;
  }
  return fed === offset && offset <= job.bytes ? hasher : null;
}

async function receive(job: DownloadJob, response: Response, from: number, hasher: Hasher): Promise<number> {
  const { sha256, bytes, library, signal } = job;
  let offset = from;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = join(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await guard(library.appendChunk(sha256, offset, chunk));
    hasher.update(chunk);
    offset += chunk.byteLength;
    job.memo.current = { sha256, offset, hasher };
  };
  if (!response.body) throw new PreloadError('http', 'The hub sent no body.');
  const stream = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      if (offset + pendingBytes + value.byteLength > bytes) {
        await stream.cancel().catch(() => undefined);
        pending = [];
        pendingBytes = 0;
        job.memo.current = null;
        await guard(library.remove(sha256));
        throw new PreloadError('size', `The hub sent more than the ${bytes} bytes the document has; they were deleted.`);
      }
      pending.push(value);
      pendingBytes += value.byteLength;
      job.onProgress(offset + pendingBytes);
      if (pendingBytes >= job.chunkBytes) await flush();
    }
  } catch (error) {
    if (error instanceof PreloadError) throw error;
    // Keep what arrived before the drop: the next attempt asks for the rest only.
    await flush();
    throw signal.aborted ? error : new PreloadError('network', `The connection dropped at ${offset} of ${bytes} bytes (${messageOf(error)}).`);
  }
  await flush();
  return offset;
}

/** The hub's refusal (`{ code, message }` JSON) as a failure kind. */
async function refusal(response: Response): Promise<PreloadError> {
  const body = ((await response.json().catch(() => null)) ?? {}) as { code?: unknown; message?: unknown };
  const message = typeof body.message === 'string' ? body.message : `HTTP ${response.status}`;
  const code = typeof body.code === 'string' ? body.code : '';
  if (response.status === 403 || code === 'forbidden') return new PreloadError('forbidden', message);
  if (response.status === 401 || code === 'not_signed_in' || code === 'session_expired' || code === 'not_paired') return new PreloadError('signin', message);
  if (response.status === 404) return new PreloadError('not_found', message);
  if (response.status === 416) return new PreloadError('size', 'The hub holds fewer bytes than the document should have.');
  return new PreloadError('http', message);
}

/** Storage failures (quota, a closed database) as `storage`, so the tablet can say the device is full. */
async function guard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw new PreloadError('storage', `This device could not store the document (${messageOf(error)}).`);
  }
}

function join(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
