// The app's own protocol: windows load the web client from app://roundtable/, files read from dist/renderer inside
// the app, never from the network (issue 19), with the hub's Content-Security-Policy plus the one hub the client
// talks to. Electron's `protocol.handle` calls the handler; no runtime import of `electron` here (see main.ts).
import path from 'node:path';
import { APP_ORIGIN } from '../../shared/protocol/bridge.ts';
import { webClientCsp } from '../hub/http/csp.ts';

export { APP_ORIGIN };
export const APP_SCHEME = 'app';

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready: a standard, secure scheme (an origin of its
 * own, IndexedDB and localStorage kept, `crypto.subtle`), fetch allowed. No service workers: the files are local.
 */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
] as const;

/** The app URL of a client path, e.g. /console/demo → app://roundtable/console/demo. */
export const appUrl = (clientPath: string): string => `${APP_ORIGIN}${clientPath.startsWith('/') ? '' : '/'}${clientPath}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream',
  '.icc': 'application/vnd.iccprofile',
};

export type AppFile = { ok: true; file: string; type: string } | { ok: false; status: 400 | 404 };

/**
 * The file under `root` an app URL names: a file with an extension as itself, any other path the client's index
 * (its own routes); another origin, an encoded slash or a path that climbs out of `root` refused.
 */
export function resolveAppFile(root: string, url: string): AppFile {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return { ok: false, status: 404 };
  let pathname: string;
  try {
    const raw = url.slice(APP_ORIGIN.length).split(/[?#]/)[0]!;
    if (/%2f|%5c|\\/i.test(raw)) return { ok: false, status: 400 };
    pathname = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  // A climb is refused, not clamped to the root: no page of the client asks for one.
  if (pathname.includes('\0') || pathname.split('/').includes('..')) return { ok: false, status: 400 };
  const normal = path.posix.normalize(pathname);
  const ext = path.posix.extname(normal).toLowerCase();
  if (!ext) return { ok: true, file: path.join(root, 'index.html'), type: TYPES['.html']! };
  const file = path.join(root, ...normal.split('/').filter(Boolean));
  if (!file.startsWith(path.join(root, path.sep)) || path.basename(file).startsWith('.')) return { ok: false, status: 404 };
  return { ok: true, file, type: TYPES[ext] ?? 'application/octet-stream' };
}

/** For `protocol.handle('app', ...)`: the client's files with the CSP; GET and HEAD only. */
export function appProtocolHandler(options: { root: string; hubOrigin: () => string | null; readFile: (file: string) => Promise<Uint8Array> }) {
  return async (request: { url: string; method: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const found = resolveAppFile(options.root, request.url);
    if (!found.ok) return new Response(null, { status: found.status });
    let body: Uint8Array;
    try {
      body = await options.readFile(found.file);
    } catch {
      return new Response(null, { status: 404 });
    }
    const hub = options.hubOrigin();
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
      status: 200,
      headers: {
        'Content-Type': found.type,
        'Content-Security-Policy': webClientCsp(hub ?? undefined),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
