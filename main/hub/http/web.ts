import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import send from 'send';
import type { HttpRequest } from './context.ts';
import { webClientCsp } from './csp.ts';

const CSP = webClientCsp();

/** The app shell's service worker (renderer/sw.ts, built by vite-plugin-pwa), which tablets keep to open offline. */
const SERVICE_WORKER = '/sw.js';

/** `GET /` and every path outside `/api/`: the web client's files, and its index for the client's own routes. */
export function webClient({ req, res, url, deps }: HttpRequest<null>): void {
  const root = deps.webRoot;
  if (!root || !existsSync(join(root, 'index.html'))) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The web client is not built. Run `npm run build:web`, then reload.\n');
    return;
  }
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  const path = normalize(decodeURIComponent(url.pathname));
  const isAsset = path.startsWith('/assets/');
  const serveIndex = () =>
    send(req, '/index.html', { root, etag: true, cacheControl: false })
      .on('headers', (r: ServerResponse) => r.setHeader('Cache-Control', 'no-cache'))
      .pipe(res);
  // The service worker's script is asked for again on every check for a new build: never from a cache.
  const isWorker = path === SERVICE_WORKER;
  send(req, path, { root, index: false, dotfiles: 'deny', immutable: isAsset, maxAge: isAsset ? '1y' : 0, cacheControl: !isWorker })
    .on('headers', (r: ServerResponse) => {
      if (isWorker) r.setHeader('Cache-Control', 'no-cache');
    })
    .on('error', (err: { status?: number }) => {
      // Client-side routes (/console/demo, /tablet/demo...) get the app; a missing asset is a real 404.
      if (err.status === 404 && !isAsset && !/\.[a-z0-9]+$/i.test(path)) serveIndex();
      else {
        res.statusCode = err.status ?? 500;
        res.end();
      }
    })
    .on('directory', () => serveIndex())
    .pipe(res);
}
