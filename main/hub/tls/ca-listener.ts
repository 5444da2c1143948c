// The plain-HTTP listener beside the HTTPS port. A tablet that does not trust the room yet can open only plain HTTP,
// so this hands out the room CA (and the page that says how to install it), and nothing else: every other request is
// sent to the same path over HTTPS, so a tablet that typed http:// ends up on the room's secure address.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CA_PATHS, caPage, pageLanguage } from './ca-page.ts';
import { mobileconfig } from './mobileconfig.ts';
import type { RoomTls } from './room-tls.ts';

export interface CaListenerDeps {
  /** The current TLS files (the server certificate may be made again while the hub runs). */
  tls: () => RoomTls;
  /** The HTTPS port, where everything else is sent. */
  httpsPort: () => number;
  /** The room's label in the profile's name (the hub id's first characters). */
  label: string;
}

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/** The host to send a tablet to: the one it asked for when the certificate names it, else the room's first address. */
export function redirectHost(hostHeader: string | undefined, tls: RoomTls): string {
  let asked: string | null = null;
  try {
    if (hostHeader) asked = new URL(`http://${hostHeader}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    asked = null;
  }
  const named = asked !== null && (tls.names.dns.includes(asked.toLowerCase()) || tls.names.ips.includes(asked));
  const host = named ? asked! : (tls.names.ips.find((ip) => ip !== '127.0.0.1' && ip !== '::1') ?? '127.0.0.1');
  return host.includes(':') ? `[${host}]` : host;
}

export function createCaHandler(deps: CaListenerDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const tls = deps.tls();
    const target = `https://${redirectHost(req.headers.host, tls)}:${deps.httpsPort()}`;
    const raw = req.url ?? '/';
    // Only origin-form paths: an absolute URL in the request line never chooses where the redirect goes.
    const url = new URL(raw.startsWith('/') && !raw.startsWith('//') ? raw : '/', 'http://x');
    const read = req.method === 'GET' || req.method === 'HEAD';
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (read && url.pathname === CA_PATHS.page) {
      const language = pageLanguage(url.searchParams.get('lang'), req.headers['accept-language']);
      send(200, 'text/html; charset=utf-8', caPage(language, tls.fingerprint, `${target}/`), {
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
        'Content-Language': language,
        Vary: 'Accept-Language',
      });
      return;
    }
    if (read && url.pathname === CA_PATHS.crt) {
      send(200, 'application/x-x509-ca-cert', tls.caDer, { 'Content-Disposition': 'attachment; filename="roundtable-room-ca.crt"' });
      return;
    }
    if (read && url.pathname === CA_PATHS.pem) {
      send(200, 'application/x-pem-file', tls.caPem, { 'Content-Disposition': 'attachment; filename="roundtable-room-ca.pem"' });
      return;
    }
    if (read && url.pathname === CA_PATHS.profile) {
      send(200, 'application/x-apple-aspen-config', mobileconfig(tls.caDer, deps.label), {
        'Content-Disposition': 'attachment; filename="roundtable-room.mobileconfig"',
      });
      return;
    }
    // 307 keeps a POST a POST; neither is cached, so a room moved to another port is not remembered wrongly.
    res.writeHead(read ? 302 : 307, { ...HEADERS, Location: `${target}${url.pathname}${url.search}`, 'Content-Length': '0' });
    res.end();
  };
}
