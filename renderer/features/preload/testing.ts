// Test doubles for the preloader: a hub that serves documents over a scripted network, and plans.
import type { DocumentRequest } from './download.ts';
import { createSha256 } from './hasher.ts';
import type { Plan, PlanDocument } from './plan.ts';

export function sha256Hex(bytes: Uint8Array): string {
  const hasher = createSha256();
  hasher.update(bytes);
  return hasher.digestHex();
}

/** Distinct bytes of a given size (a counter pattern seeded by `seed`). */
export function bytesOf(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed * 17 + (i >> 8)) & 0xff;
  return out;
}

export interface Served {
  sha256: string;
  offset: number;
}

/**
 * A document server speaking HTTP as the hub does (200, 206 with Content-Range, JSON refusals), through which
 * a test can drop the connection after some bytes, refuse, corrupt or cut the network.
 */
export class FakeDocumentHub {
  readonly files = new Map<string, Uint8Array>();
  readonly requests: Served[] = [];
  /** Bytes sent over the network, all requests together. */
  sent = 0;
  /** Drop the next response after this many bytes of body (once). */
  dropAfter: number | null = null;
  /** Refuse every request for this sha256 with this status. */
  readonly refuse = new Map<string, number>();
  /** Serve these bytes instead of the real ones (a corrupt copy). */
  readonly corrupt = new Map<string, Uint8Array>();
  /** No network at all: fetch rejects. */
  down = false;
  /** Bytes per body piece, as a network delivers them. */
  piece = 16 * 1024;
  /** Wait between pieces (ms), to let a test watch progress. */
  delayMs = 0;

  add(bytes: Uint8Array): string {
    const sha = sha256Hex(bytes);
    this.files.set(sha, bytes);
    return sha;
  }

  readonly request: DocumentRequest = async (sha256, offset, signal) => {
    if (this.down) throw new TypeError('fetch failed');
    this.requests.push({ sha256, offset });
    const refused = this.refuse.get(sha256);
    if (refused) {
      const code = refused === 403 ? 'forbidden' : refused === 404 ? 'not_found' : 'internal';
      return Response.json({ ok: false, code, message: `refused with ${refused}` }, { status: refused });
    }
    const whole = this.corrupt.get(sha256) ?? this.files.get(sha256);
    if (!whole) return Response.json({ ok: false, code: 'not_found', message: 'no such document' }, { status: 404 });
    if (offset >= whole.byteLength && offset > 0) return new Response(null, { status: 416 });
    const body = whole.subarray(offset);
    const dropAfter = this.dropAfter;
    this.dropAfter = null;
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (signal.aborted) return controller.error(new DOMException('aborted', 'AbortError'));
        if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
        if (dropAfter !== null && at >= dropAfter) return controller.error(new TypeError('terminated: other side closed'));
        if (at >= body.byteLength) return controller.close();
        const limit = dropAfter === null ? body.byteLength : Math.min(body.byteLength, dropAfter);
        const piece = body.slice(at, Math.min(limit, at + this.piece));
        at += piece.byteLength;
        this.sent += piece.byteLength;
        controller.enqueue(piece);
      },
    });
    const headers: Record<string, string> = { 'Content-Type': 'application/pdf', 'Content-Length': String(body.byteLength), 'Accept-Ranges': 'bytes' };
    if (offset > 0) headers['Content-Range'] = `bytes ${offset}-${whole.byteLength - 1}/${whole.byteLength}`;
    return new Response(stream, { status: offset > 0 ? 206 : 200, headers });
  };
}

export function planDocument(documentId: string, bytes: Uint8Array, extra: Partial<PlanDocument> = {}): PlanDocument {
  return {
    documentId,
    title: `Tài liệu ${documentId}`,
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    restricted: false,
    version: 1,
    updatedAt: null,
    previous: [],
    ...extra,
  };
}

export function plan(documents: PlanDocument[], status: Plan['status'] = 'published', meetingId = 'm1'): Plan {
  return { meetingId, status, documents };
}
