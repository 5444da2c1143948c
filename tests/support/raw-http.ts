import { connect as tcp } from 'node:net';

/** What came back on a raw connection: the status line's code (0 when nothing came), headers and body. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body as JSON, when it is JSON. */
  json: { ok?: boolean; code?: string; message?: string } | null;
}

/**
 * Writes `bytes` on a fresh TCP connection to the hub and reads until the hub closes it or `ms` pass (then the
 * connection is closed from this side). Resolves, never rejects: a hub that resets the connection gives status 0.
 */
export function rawRequest(port: number, bytes: string | Buffer, options: { ms?: number; destroyAfterWrite?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = tcp(port, '127.0.0.1');
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parseAnswer(Buffer.concat(chunks).toString('latin1')));
    };
    const timer = setTimeout(finish, options.ms ?? 1500);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', () => {
      socket.write(bytes);
      if (options.destroyAfterWrite) setTimeout(() => socket.destroy(), 20);
    });
  });
}

function parseAnswer(text: string): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 4);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let json: RawAnswer['json'];
  try {
    json = JSON.parse(body) as RawAnswer['json'];
  } catch {
    json = null;
  }
  return { status, headers, body, json };
}

/** A request with the given request line and extra header lines, closed after the answer. */
export function requestText(line: string, headers: string[] = [], body = ''): string {
  return [line, 'Host: 127.0.0.1', ...headers, 'Connection: close', '', body].join('\r\n');
}

/** Seeded bytes (a linear congruential generator): the same "random" requests on every run. */
export function seededBytes(seed: number, count: number, length: number): Buffer[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => Buffer.from(Array.from({ length: 1 + (next() % length) }, () => next() % 256)));
}
