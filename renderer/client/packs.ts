import type { PackImportResult } from '../../shared/protocol/pack.ts';
import { answerOf, refusal, request, signedInHeaders, type HttpContext, type UploadProgress } from './http.ts';

/** The secretariat's meeting packs (`.rtpack`): export one meeting, import one (all of it or nothing). */

/** Downloads a meeting's pack; the caller saves the blob under `fileName`. */
export async function exportPack(ctx: HttpContext, meetingId: string): Promise<{ blob: Blob; fileName: string }> {
  const headers = signedInHeaders(ctx, 'Sign in as the secretariat before exporting a pack.');
  const response = await request(ctx, `${ctx.hubUrl}/api/meetings/${encodeURIComponent(meetingId)}/pack`, { headers });
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
  const headers = signedInHeaders(ctx, 'Sign in as the secretariat before importing a pack.');
  const query = [options.replace ? 'replace=1' : '', options.trust ? 'trust=1' : ''].filter(Boolean).join('&');
  const answer = await ctx.upload({
    url: `${ctx.hubUrl}/api/packs${query ? `?${query}` : ''}`,
    headers: { ...headers, 'Content-Type': 'application/zip' },
    body: pack,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (answer.status < 200 || answer.status >= 300) throw refusal(answer);
  return answer.body as ImportedPack;
}
