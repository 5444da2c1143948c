// The desktop app loads the web client from its own scheme (app://roundtable), so every request it sends the hub is
// cross-origin. The hub lets exactly that origin read its answers (CORS) and answers its preflights; any other
// origin gets no CORS header at all, so a browser keeps refusing it as before. The Origin check (origin.ts) still
// decides who may act.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_ORIGIN } from '../../../shared/protocol/bridge.ts';

/** Request headers the web client sends (renderer/client): its tokens, uploads' types and ranges. */
const ALLOWED_HEADERS = 'Authorization, X-Device-Token, Content-Type, Content-Range, Range';
/** Response headers the web client reads beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = 'Content-Disposition, Content-Length, Content-Range';

/**
 * Adds the CORS headers for the desktop app's origin. Returns true when the request was the app's preflight
 * (OPTIONS) and has been answered; the caller then stops.
 */
export function answerAppCors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('Vary', 'Origin');
  if (req.headers.origin !== APP_ORIGIN) return false;
  res.setHeader('Access-Control-Allow-Origin', APP_ORIGIN);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}
