import { HubError } from './errors.ts';
import { answerOf, refusal, request, signedInHeaders, type HttpContext } from './http.ts';

/**
 * A link the browser opens itself (a badge sheet to print, a badge, a pack), without a token in it: the hub gives a
 * one-time ticket for one path, good for a minute, in exchange for this screen's headers (`POST /api/tickets`).
 * Ask for it right before opening the link.
 */
export async function downloadLink(ctx: HttpContext, path: string, query: Record<string, string> = {}): Promise<string> {
  const headers = signedInHeaders(ctx, 'Sign in before downloading this.');
  const response = await request(ctx, `${ctx.hubUrl}/api/tickets`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ path }),
  });
  const answer = await answerOf(response);
  if (!response.ok) throw refusal(answer);
  const ticket = (answer.body as { ticket?: unknown } | null)?.ticket;
  if (typeof ticket !== 'string') throw new HubError('internal', 'The hub answered without a ticket.');
  return `${ctx.hubUrl}${path}?${new URLSearchParams({ ...query, ticket }).toString()}`;
}

/**
 * Opens `url` the way a click on a link would: downloaded under `fileName` when one is given, else in a new tab.
 * Used right after `downloadLink`, still within the click that asked for it.
 */
export function openLink(url: string, fileName?: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  if (fileName) link.download = fileName;
  else link.target = '_blank';
  document.body.append(link);
  link.click();
  link.remove();
}
