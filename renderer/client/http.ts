import { detailOf, HubError, PackRefusal } from './errors.ts';

/**
 * What every HTTP call of the client shares: the hub's address, fetch, the uploader, and the headers that say who
 * asks. The session token always travels in the Authorization header, never in a URL, with the device's token in
 * `X-Device-Token` when this device has paired (a session opened on it counts only beside it).
 */
export interface HttpContext {
  hubUrl: string;
  fetch: typeof globalThis.fetch;
  upload: Uploader;
  /** The session's token (when signed in) and this device's token (when paired), as headers. */
  headers(): Record<string, string>;
}

/** The headers for a session token and a device token, each when there is one. */
export function authHeaders(session: string | null, device: string | null): Record<string, string> {
  return { ...(session ? { Authorization: `Bearer ${session}` } : {}), ...(device ? { 'X-Device-Token': device } : {}) };
}

/** The context's headers, or a HubError `not_signed_in` saying `why` when no one is signed in. */
export function signedInHeaders(ctx: HttpContext, why: string): Record<string, string> {
  const headers = ctx.headers();
  if (!headers.Authorization) throw new HubError('not_signed_in', why);
  return headers;
}

/** How much of a request body has gone out. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  body: Blob;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** An HTTP answer: its status and its JSON body (null when it had none or was not JSON). */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** Sends a body and reports how much of it has gone out (uploads.ts has the two kinds). */
export type Uploader = (request: UploadRequest) => Promise<HttpAnswer>;

export function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The hub's refusal as a HubError (a PackRefusal when it lists a pack's problems). */
export function refusal({ status, body }: HttpAnswer): HubError {
  const failure = (body ?? {}) as { code?: unknown; message?: unknown; issues?: unknown; reason?: unknown; params?: unknown; problems?: unknown };
  const code =
    typeof failure.code === 'string'
      ? failure.code
      : status === 413
        ? 'payload_too_large'
        : status === 401
          ? 'not_signed_in'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'not_found'
              : 'internal';
  const message = typeof failure.message === 'string' ? failure.message : `HTTP ${status}`;
  if (Array.isArray(failure.problems)) {
    const reason = typeof failure.reason === 'string' ? failure.reason : code;
    return new PackRefusal(code as HubError['code'], message, reason, failure.problems.map(String), detailOf(failure).params);
  }
  return new HubError(code as HubError['code'], message, Array.isArray(failure.issues) ? (failure.issues as HubError['issues']) : [], detailOf(failure));
}

/** fetch, with an unreachable hub as a HubError `network`. */
export async function request(ctx: HttpContext, url: string, init: RequestInit): Promise<Response> {
  try {
    return await ctx.fetch(url, init);
  } catch (error) {
    throw new HubError('network', error instanceof Error ? error.message : String(error));
  }
}

/** A response's status and JSON body. */
export async function answerOf(response: Response): Promise<HttpAnswer> {
  return { status: response.status, body: parseJson(await response.text().catch(() => '')) };
}
