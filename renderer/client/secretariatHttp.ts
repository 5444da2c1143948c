import type { ImportLang } from '../../shared/domain/delegate-import-messages.ts';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import type { PackImportResult } from '../../shared/protocol/pack.ts';
import { HubError } from './errors.ts';

/**
 * The secretariat's HTTP calls (delegate list preview, meeting packs, uploads with progress), used through
 * HubClient. The session token always travels in the Authorization header, never in a URL, with the device's token
 * in `X-Device-Token` when this device has paired (a session opened on it counts only beside it).
 */

export interface HttpContext {
  hubUrl: string;
  token: string | null;
  deviceToken: string | null;
  fetch: typeof globalThis.fetch;
  upload: Uploader;
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

/** Sends a body and reports how much of it has gone out. */
export type Uploader = (request: UploadRequest) => Promise<HttpAnswer>;

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

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** A refused meeting pack: the hub's reason (`bad_pack`, `untrusted`, `conflict`...) and each problem it found. */
export class PackRefusal extends HubError {
  readonly reason: string;
  readonly problems: string[];

  constructor(code: HubError['code'], message: string, reason: string, problems: string[]) {
    super(code, message);
    this.name = 'PackRefusal';
    this.reason = reason;
    this.problems = problems;
  }
}

/** The hub's refusal as a HubError (a PackRefusal when it lists a pack's problems). */
export function refusal({ status, body }: HttpAnswer): HubError {
  const failure = (body ?? {}) as { code?: unknown; message?: unknown; issues?: unknown; reason?: unknown; problems?: unknown };
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
    return new PackRefusal(code as HubError['code'], message, reason, failure.problems.map(String));
  }
  return new HubError(code as HubError['code'], message, Array.isArray(failure.issues) ? (failure.issues as HubError['issues']) : []);
}

function bearer(ctx: HttpContext, what: string): Record<string, string> {
  if (!ctx.token) throw new HubError('not_signed_in', `Sign in as the secretariat before ${what}.`);
  return { Authorization: `Bearer ${ctx.token}`, ...(ctx.deviceToken ? { 'X-Device-Token': ctx.deviceToken } : {}) };
}

async function send(ctx: HttpContext, url: string, init: RequestInit): Promise<Response> {
  try {
    return await ctx.fetch(url, init);
  } catch (error) {
    throw new HubError('network', error instanceof Error ? error.message : String(error));
  }
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  return { status: response.status, body: parseJson(await response.text().catch(() => '')) };
}

/**
 * Reads a delegate list (CSV or XLSX) on the hub and answers what it found, row by row, its messages written in
 * `lang` (the screen's language: they are shown as they are). Saves nothing.
 */
export async function previewDelegates(ctx: HttpContext, meetingId: string, file: Blob, fileName: string, lang: ImportLang): Promise<DelegateImport> {
  const headers = { ...bearer(ctx, 'importing delegates'), 'Content-Type': 'application/octet-stream' };
  const url = `${ctx.hubUrl}/api/meetings/${encodeURIComponent(meetingId)}/delegates/preview?name=${encodeURIComponent(fileName)}&lang=${lang}`;
  const answer = await answerOf(await send(ctx, url, { method: 'POST', headers, body: file }));
  if (answer.status < 200 || answer.status >= 300) throw refusal(answer);
  return answer.body as DelegateImport;
}

/** Downloads a meeting's pack; the caller saves the blob under `fileName`. */
export async function exportPack(ctx: HttpContext, meetingId: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await send(ctx, `${ctx.hubUrl}/api/meetings/${encodeURIComponent(meetingId)}/pack`, { headers: bearer(ctx, 'exporting a pack') });
  if (!response.ok) throw refusal(await answerOf(response));
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return { blob: await response.blob(), fileName: named?.[1] ?? `${meetingId}.rtpack` };
}

/** What `POST /api/packs` answers for an imported pack. */
export type ImportedPack = PackImportResult;

export interface PackImportOptions {
  /** Replace a meeting with the same id. */
  replace?: boolean;
  /** Accept a pack signed by a hub this one does not know. */
  trust?: boolean;
  onProgress?: (progress: UploadProgress) => void;
}

/** Uploads a `.rtpack`; the hub imports all of it or nothing (a PackRefusal lists why). */
export async function importPack(ctx: HttpContext, pack: Blob, options: PackImportOptions = {}): Promise<ImportedPack> {
  const query = [options.replace ? 'replace=1' : '', options.trust ? 'trust=1' : ''].filter(Boolean).join('&');
  const answer = await ctx.upload({
    url: `${ctx.hubUrl}/api/packs${query ? `?${query}` : ''}`,
    headers: { ...bearer(ctx, 'importing a pack'), 'Content-Type': 'application/zip' },
    body: pack,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (answer.status < 200 || answer.status >= 300) throw refusal(answer);
  return answer.body as ImportedPack;
}
