// Which web pages may talk to the hub. A hostile page a tablet opens can make the browser send requests to the
// hub (forms, fetch, WebSocket); the browser always names that page's origin in the `Origin` header. Clients that
// are not browsers (the CLI, socket.io-client in Node, curl) send none, and have no victim's cookies or tokens to
// borrow, so they are not asked for one.

import { APP_ORIGIN } from '../../shared/protocol/bridge.ts';

export interface OwnAddresses {
  /** The port the hub listens on (0 before it listens). */
  port: number;
  /** Where tablets reach it, e.g. http://192.168.1.10:4010. */
  roomUrls: readonly string[];
}

function originOf(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The host (with port) a `Host` header names, normalised the way URL.host is; null if it is not a host. */
function hostOf(header: string): string | null {
  try {
    const url = new URL(`http://${header}`);
    return url.pathname === '/' && !url.username && !url.password && url.search === '' ? url.host : null;
  } catch {
    return null;
  }
}

/** The hub's own origins: its room addresses and every loopback spelling on its port (a browser on the hub's machine opens https://127.0.0.1:<port>). */
export function ownOrigins(own: OwnAddresses): Set<string> {
  const set = new Set<string>();
  for (const url of own.roomUrls) {
    const origin = originOf(url);
    if (origin) set.add(origin);
  }
  // Both schemes: the port serves one of them, so the other origin on it can only be the hub's too.
  if (own.port > 0) for (const host of ['127.0.0.1', 'localhost', '[::1]']) for (const scheme of ['http', 'https']) set.add(`${scheme}://${host}:${own.port}`);
  return set;
}

export type OriginVerdict = { ok: true } | { ok: false; message: string };

/**
 * Whether a request that carries `origin` (its `Origin` header) may act on the hub: no header at all, the origin
 * of the address the request was sent to (`host`, its `Host` header: the page is the hub's own), or one of the
 * hub's own origins, or exactly the desktop app's `app://roundtable`. `Origin: null` (a sandboxed frame, a file) and everything else is refused.
 */
export function checkOrigin(origin: string | undefined, host: string | undefined, own: OwnAddresses): OriginVerdict {
  if (origin === undefined) return { ok: true };
  // The desktop app's pages (its own scheme, which no web page can claim): compared as the exact string.
  if (origin === APP_ORIGIN) return { ok: true };
  const page = originOf(origin);
  const shown = JSON.stringify(origin.slice(0, 100));
  if (!page) return { ok: false, message: `Requests from the page origin ${shown} are refused: it is not one of this hub's addresses.` };
  const reached = host ? hostOf(host) : null;
  if (reached !== null && new URL(page).host === reached) return { ok: true };
  if (ownOrigins(own).has(page)) return { ok: true };
  return { ok: false, message: `Requests from the page origin ${shown} are refused: it is not one of this hub's addresses.` };
}
