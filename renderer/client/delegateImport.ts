import type { ImportLang } from '../../shared/domain/delegate-import-messages.ts';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import { answerOf, refusal, request, signedInHeaders, type HttpContext } from './http.ts';

/**
 * Reads a delegate list (CSV or XLSX) on the hub and answers what it found, row by row, its messages written in
 * `lang` (the screen's language: they are shown as they are). Saves nothing.
 */
export async function previewDelegates(ctx: HttpContext, meetingId: string, file: Blob, fileName: string, lang: ImportLang): Promise<DelegateImport> {
  const headers = { ...signedInHeaders(ctx, 'Sign in as the secretariat before importing delegates.'), 'Content-Type': 'application/octet-stream' };
  const url = `${ctx.hubUrl}/api/meetings/${encodeURIComponent(meetingId)}/delegates/preview?name=${encodeURIComponent(fileName)}&lang=${lang}`;
  const answer = await answerOf(await request(ctx, url, { method: 'POST', headers, body: file }));
  if (answer.status < 200 || answer.status >= 300) throw refusal(answer);
  return answer.body as DelegateImport;
}
