import { HubError } from './errors.ts';
import { refusal } from './secretariatHttp.ts';

/**
 * A link the browser opens itself (a badge sheet to print, a badge, a pack), without a token in it: the hub gives a
 * one-time ticket for one path, good for a minute, in exchange for this screen's headers (`POST /api/tickets`).
 * Ask for it right before opening the link.
 */
export async function downloadLink(
  ctx: { hubUrl: string; fetch: typeof globalThis.fetch; headers: Record<string, string> },
  path: string,
  query: Record<string, string> = {},
): Promise<string> {
  if (!ctx.headers.Authorization) throw new HubError('not_signed_in', 'Sign in before downloading this.');
  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.hubUrl}/api/tickets`, {
      method: 'POST',
      headers: { ...ctx.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ path }),
    });
  } catch (error) {
    throw new HubError('network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw refusal({ status: response.status, body });
  const ticket = (body as { ticket?: unknown } | null)?.ticket;
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
