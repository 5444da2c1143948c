import { detailOf, HubError } from './errors.ts';
import type { HttpContext } from './http.ts';

/** How much of a download has arrived; `total` is null when the hub did not say. */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/** Where a document's bytes are on the hub. No token is in it: the requests below send them as headers. */
export function documentUrl(hubUrl: string, sha256: string): string {
  return `${hubUrl}/api/documents/${sha256}`;
}

function unreachable(error: unknown): HubError {
  return new HubError('network', error instanceof Error ? error.message : String(error));
}

/**
 * GETs a document's bytes from `offset` on (a Range request above 0), with the same tokens as `fetchDocument`,
 * and hands back the response as it is (200, 206 or the hub's refusal) for the preloader to stream to the
 * device. Rejects with a HubError `network` when the hub cannot be reached; an abort rejects as fetch does.
 */
export async function requestDocument(ctx: HttpContext, sha256: string, offset: number, signal?: AbortSignal): Promise<Response> {
  const headers = ctx.headers();
  if (offset > 0) headers.Range = `bytes=${offset}-`;
  try {
    // The device's copy is the preloader's (IndexedDB, purged when the meeting closes): none in the HTTP cache.
    return await ctx.fetch(documentUrl(ctx.hubUrl, sha256), { headers, cache: 'no-store', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable(error);
  }
}

/**
 * Downloads a document's bytes, with the session token when this screen has one and the paired device's token,
 * reporting progress as they arrive. Rejects with a HubError: the hub's code (`not_signed_in`, `forbidden`,
 * `not_found`, `not_paired`, `session_expired`...) or `network` when the hub cannot be reached; an abort rejects as
 * fetch does.
 */
export async function fetchDocument(
  ctx: HttpContext,
  sha256: string,
  options: { signal?: AbortSignal; onProgress?: (progress: DownloadProgress) => void } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { signal, onProgress } = options;
  let response: Response;
  try {
    response = await ctx.fetch(documentUrl(ctx.hubUrl, sha256), { headers: ctx.headers(), ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable(error);
  }
  if (!response.ok) {
    const failure = ((await response.json().catch(() => null)) ?? {}) as { code?: unknown; message?: unknown; reason?: unknown; params?: unknown };
    const code = typeof failure.code === 'string' ? failure.code : response.status === 404 ? 'not_found' : 'internal';
    throw new HubError(code as HubError['code'], typeof failure.message === 'string' ? failure.message : `HTTP ${response.status}`, [], detailOf(failure));
  }
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  onProgress?.({ loaded: 0, total });
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const stream = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress?.({ loaded, total });
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable(error);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
