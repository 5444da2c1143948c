import { HubError } from './errors.ts';
import { parseJson, refusal, signedInHeaders, type HttpContext, type UploadProgress, type Uploader } from './http.ts';

/** What `POST /api/documents` answers for a stored PDF. */
export interface UploadedDocument {
  sha256: string;
  pages: number;
  bytes: number;
  /** The PDF's own title (its XMP or Info Title), null when it has none worth showing; absent from older hubs. */
  title?: string | null;
}

/** XMLHttpRequest is the browser's only way to see an upload's progress (fetch reports none). */
export const xhrUpload: Uploader = ({ url, headers, body, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : body.size });
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    xhr.onerror = () => reject(new HubError('network', 'The hub cannot be reached.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    onProgress?.({ loaded: 0, total: body.size });
    xhr.send(body);
  });

/** With fetch (tests, or where XMLHttpRequest is missing): progress goes from nothing to all at once. */
export function fetchUploader(fetch: typeof globalThis.fetch): Uploader {
  return async ({ url, headers, body, onProgress, signal }) => {
    onProgress?.({ loaded: 0, total: body.size });
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HubError('network', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    onProgress?.({ loaded: body.size, total: body.size });
    return { status: response.status, body: parseJson(text) };
  };
}

/**
 * Stores a PDF on the hub (needs a session); `document.add` or `document.replace` then puts it in a meeting.
 * `onProgress` follows the bytes going out; the hub's refusal (not a PDF, encrypted, too large...) rejects with its words.
 */
export async function uploadDocument(
  ctx: HttpContext,
  pdf: Blob,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<UploadedDocument> {
  const headers = signedInHeaders(ctx, 'Sign in before uploading documents.');
  const answer = await ctx.upload({
    url: `${ctx.hubUrl}/api/documents`,
    headers: { ...headers, 'Content-Type': 'application/pdf' },
    body: pdf,
    ...options,
  });
  if (answer.status < 200 || answer.status >= 300) throw refusal(answer);
  return answer.body as UploadedDocument;
}
