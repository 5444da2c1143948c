// The edge of the hub's HTTP server: what a request line may look like before any route sees it, and how a
// request the parser itself refused is answered. Pure functions, so every class of bad input is unit-tested.

/** Longest request target (path and query) the hub reads; Node itself refuses headers over 16 KB. */
export const MAX_TARGET = 4096;

/** The methods the hub answers; anything else is refused before routing. */
export const METHODS = ['GET', 'HEAD', 'POST'] as const;

export type Target = { ok: true; url: URL } | { ok: false; message: string };

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Whether every `%` starts a two-digit hex escape. */
function escapesWellFormed(text: string): boolean {
  for (let i = text.indexOf('%'); i !== -1; i = text.indexOf('%', i + 1)) {
    if (!HEX.test(text.slice(i + 1, i + 3))) return false;
  }
  return true;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Printable ASCII only: browsers percent-encode everything else, so a raw control or 8-bit byte is forged. */
const PRINTABLE = /^[\x21-\x7e]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;

/**
 * The request target of `rawUrl`, as a URL on a placeholder origin (only its path and query are meant), or why it
 * is refused: not printable ASCII, too long, a broken or NUL percent-escape, an empty, `.` or `..` segment
 * (encoded or not), a backslash, or an absolute-form target that is not a valid http(s) URL.
 */
export function readTarget(rawUrl: string | undefined): Target {
  const raw = rawUrl ?? '';
  if (raw.length === 0) return { ok: false, message: 'The request has no target.' };
  if (raw.length > MAX_TARGET) return { ok: false, message: `The request target is longer than ${MAX_TARGET} characters.` };
  if (!PRINTABLE.test(raw)) return { ok: false, message: 'The request target has a space, a control character or a byte outside ASCII; percent-encode it.' };
  let path = raw;
  if (!raw.startsWith('/')) {
    // Absolute form (`GET http://host:port/path`), which a proxy sends: its path and query are what count.
    if (!/^https?:\/\//i.test(raw)) return { ok: false, message: 'The request target is neither a path (/…) nor an http URL.' };
    let absolute: URL;
    try {
      absolute = new URL(raw);
    } catch {
      return { ok: false, message: 'The request target is not a valid URL (its host or port is malformed).' };
    }
    path = absolute.pathname + absolute.search;
  }
  const hash = path.indexOf('#');
  if (hash !== -1) path = path.slice(0, hash);
  if (!escapesWellFormed(path)) return { ok: false, message: 'The request target has a malformed percent-escape (a % not followed by two hex digits).' };
  const query = path.indexOf('?');
  const pathname = query === -1 ? path : path.slice(0, query);
  const plain = decoded(pathname);
  if (plain === null) return { ok: false, message: 'The request path does not decode to UTF-8 text.' };
  if (CONTROL.test(plain)) return { ok: false, message: 'The request path decodes to a control character (NUL, line break…).' };
  if (plain.includes('\\')) return { ok: false, message: 'The request path has a backslash.' };
  const segments = plain.split('/').slice(1);
  // An empty segment (`//`) is allowed only as the trailing slash of a path.
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) {
    return { ok: false, message: 'The request path has an empty, "." or ".." segment.' };
  }
  try {
    return { ok: true, url: new URL(path, 'http://hub.invalid') };
  } catch {
    return { ok: false, message: 'The request target is not a valid path.' };
  }
}

/** Whether the hub answers this method at all. */
export function methodAllowed(method: string | undefined): boolean {
  return (METHODS as readonly string[]).includes(method ?? '');
}

/**
 * What to write on a connection whose request the HTTP parser refused (`clientError`): a JSON 400 (431 for
 * headers over Node's limit) that closes the connection; null when the client is already gone.
 */
export function clientErrorAnswer(error: NodeJS.ErrnoException): string | null {
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return null;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const status = tooLarge ? '431 Request Header Fields Too Large' : timeout ? '408 Request Timeout' : '400 Bad Request';
  const message = tooLarge
    ? 'The request headers are larger than the hub reads.'
    : timeout
      ? 'The request did not arrive in time.'
      : 'The request is not well-formed HTTP/1.1 (request line or headers).';
  const body = JSON.stringify({ ok: false, code: 'bad_request', message });
  return (
    `HTTP/1.1 ${status}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    'Cache-Control: no-store\r\n' +
    'X-Content-Type-Options: nosniff\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/** Errors that only mean the client went away or sent a broken body: not the hub's fault, logged without a stack. */
export function isClientFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ECONNABORTED' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'ERR_STREAM_DESTROYED' ||
    (error instanceof Error && error.message === 'aborted')
  );
}
