// A hostile device on the room's network, at the HTTP and Socket.IO edge: malformed requests of every class, null
// and other non-object payloads for every command, foreign page origins, and log floods. After each: an answer with
// a code, nothing changed, the hub still answering /api/health, its memory bounded.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { fixture } from '../support/fixtures.ts';
import { connect, emitRaw, ok, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';
import { rawRequest, requestText, seededBytes, type RawAnswer } from '../support/raw-http.ts';

const MB = 1024 * 1024;
const BAD = [400];
const BAD_OR_TOO_LARGE = [400, 431];

/** Classes of malformed request, each with the statuses a correct hub may answer. */
function malformed(): [string, string | Buffer, number[]][] {
  const get = (target: string) => requestText(`GET ${target} HTTP/1.1`);
  return [
    ['the request that used to end the hub (scheme-relative target, port out of range)', get('//x:99999/'), BAD],
    ['scheme-relative target to the API', get('//evil.example/api/health'), BAD],
    ['absolute form, port out of range', get('http://x:99999/api/health'), BAD],
    ['absolute form, broken IPv6 host', get('http://[::1/'), BAD],
    ['absolute form, another scheme', get('ftp://x/'), BAD],
    ['asterisk form', requestText('OPTIONS * HTTP/1.1'), BAD],
    ['authority form outside CONNECT', get('example.com:443'), BAD],
    ['bad percent-escape', get('/%zz'), BAD],
    ['lone percent', get('/100%'), BAD],
    ['escape of invalid UTF-8', get('/%C3%28'), BAD],
    ['bad escape in a document path', get('/api/documents/%zz'), BAD],
    ['bad escape in the query', get('/api/health?x=%zz'), BAD],
    ['encoded NUL', get('/index.html%00.js'), BAD],
    ['encoded CR LF (header injection)', get('/a%0d%0aSet-Cookie:%20x=1'), BAD],
    ['raw NUL byte', get('/a\u0000b'), BAD],
    ['raw control byte', get('/a\u0001b'), BAD],
    ['raw 8-bit byte', Buffer.from('GET /t\xe9p HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n', 'latin1'), BAD],
    ['dot-dot traversal', get('/../../etc/passwd'), BAD],
    ['encoded dot-dot traversal', get('/%2e%2e/%2e%2e/etc/passwd'), BAD],
    ['encoded slashes and dot-dots in an asset path', get('/assets/..%2f..%2fpackage.json'), BAD],
    ['encoded backslashes', get('/assets/%2e%2e%5c%2e%2e%5cpackage.json'), BAD],
    ['empty segment', get('/api//health'), BAD],
    ['overlong target (5,000 characters)', get(`/${'a'.repeat(5000)}`), BAD],
    ['target over the header limit (40,000 characters)', get(`/${'a'.repeat(40_000)}`), BAD_OR_TOO_LARGE],
    ['one header of 40 KB', requestText('GET /api/health HTTP/1.1', [`X-Big: ${'b'.repeat(40_000)}`]), BAD_OR_TOO_LARGE],
    ['500 headers', requestText('GET /api/health HTTP/1.1', Array.from({ length: 500 }, (_, i) => `X-H${i}: ${'v'.repeat(40)}`)), BAD_OR_TOO_LARGE],
    ['PUT', requestText('PUT /api/health HTTP/1.1', ['Content-Length: 0']), BAD],
    ['DELETE', requestText('DELETE /api/documents HTTP/1.1'), BAD],
    ['PATCH', requestText('PATCH / HTTP/1.1', ['Content-Length: 0']), BAD],
    ['OPTIONS (a CORS preflight)', requestText('OPTIONS /api/tickets HTTP/1.1', ['Origin: http://evil.example']), BAD],
    ['TRACE', requestText('TRACE / HTTP/1.1'), BAD],
    ['PROPFIND', requestText('PROPFIND / HTTP/1.1'), BAD],
    ['a method that is no method', requestText('FOO / HTTP/1.1'), BAD],
    ['a method with a symbol', requestText('G@T / HTTP/1.1'), BAD],
    ['CONNECT (the hub is not a proxy)', requestText('CONNECT 127.0.0.1:22 HTTP/1.1'), BAD],
    ['an unknown HTTP version', requestText('GET / HTTP/9.9'), [400, 505]],
    ['no HTTP version', 'GET /\r\n\r\n', BAD],
    ['a header line without a colon', requestText('GET / HTTP/1.1', ['NoColonHere']), BAD],
    ['a header name with a space', requestText('GET / HTTP/1.1', ['Bad Name: x']), BAD],
    ['Content-Length and Transfer-Encoding together', requestText('POST /api/documents HTTP/1.1', ['Content-Length: 5', 'Transfer-Encoding: chunked'], '0\r\n\r\n'), BAD],
    ['two Content-Lengths', requestText('POST /api/documents HTTP/1.1', ['Content-Length: 5', 'Content-Length: 6'], 'hello'), BAD],
    ['a Content-Length that is no number', requestText('POST /api/documents HTTP/1.1', ['Content-Length: abc']), BAD],
    ['a negative Content-Length', requestText('POST /api/documents HTTP/1.1', ['Content-Length: -1']), BAD],
    ['a broken chunked body', requestText('POST /api/tickets HTTP/1.1', ['Transfer-Encoding: chunked'], 'zz\r\nhello\r\n'), [400, 401]],
    ['an obsolete line folding', 'GET / HTTP/1.1\r\nHost: h\r\nX-A: a\r\n folded\r\n\r\n', BAD],
    ...seededBytes(9, 12, 200).map((bytes, i): [string, Buffer, number[]] => [`random bytes #${i + 1}`, Buffer.concat([bytes, Buffer.from('\r\n\r\n')]), BAD]),
  ];
}

describe('a hostile device at the hub’s HTTP and Socket.IO edge', () => {
  const dir = tempDir();
  let t: TestHub;
  let secretariat: TestSocket;
  let token: string;
  let pairingCode: string;
  let rssAtStart: number;

  const health = async () => {
    const res = await fetch(`${t.hub.url}/api/health`);
    expect(res.status).toBe(200);
    return (await res.json()) as { meetings: number };
  };
  /** Nothing a refused request could have changed did: the pairing code, the meetings, the devices. */
  const unchanged = async () => {
    expect((await ok(secretariat, 'pairing.get', {})).data.code).toBe(pairingCode);
    expect((await health()).meetings).toBe(1);
    expect((await ok(secretariat, 'device.list', {})).data.devices).toEqual([]);
    expect(process.memoryUsage().rss - rssAtStart).toBeLessThan(400 * MB);
  };

  beforeAll(async () => {
    t = await startTestHub({ dataDir: dir.path });
    secretariat = await connect(t.hub.url);
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    await ok(secretariat, 'meeting.create', { id: 'h', title: 'Phiên họp', date: '2026-11-23' });
    pairingCode = (await ok(secretariat, 'pairing.get', {})).data.code;
    rssAtStart = process.memoryUsage().rss;
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
    dir.remove();
  });

  it('answers every class of malformed request with a coded 4xx and goes on serving', async () => {
    for (const [what, bytes, statuses] of malformed()) {
      const answer: RawAnswer = await rawRequest(t.hub.port, bytes);
      expect(statuses, `${what}: ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
      // A 401: the route refused the caller before the broken body was read (then the connection is closed).
      expect(answer.json, what).toMatchObject({ ok: false, code: answer.status === 401 ? 'not_signed_in' : 'bad_request', message: expect.any(String) });
      await health();
    }
    await unchanged();
  });

  it('survives requests abandoned half-way: bodies cut off, connections reset before the answer', async () => {
    const auth = [`Authorization: Bearer ${token}`];
    const cuts = [
      requestText('POST /api/documents HTTP/1.1', [...auth, 'Content-Length: 1000000'], '%PDF-1.7 only the start'),
      requestText('POST /api/packs HTTP/1.1', [...auth, 'Content-Length: 1000000'], 'PK\u0003\u0004'),
      requestText('POST /api/meetings/h/delegates/preview HTTP/1.1', [...auth, 'Content-Length: 1000000'], 'Họ tên;'),
      requestText('POST /api/tickets HTTP/1.1', [...auth, 'Content-Length: 1000'], '{"path":'),
      requestText('GET /api/meetings/h/pack HTTP/1.1', auth),
      'GET /api/health HTTP/1.1\r\nHost: h\r\n',
    ];
    for (const bytes of cuts) await rawRequest(t.hub.port, bytes, { destroyAfterWrite: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await unchanged();
  });

  it('refuses a null, missing, number, string or array payload for every command, changing nothing', async () => {
    const payloads: [string, unknown[]][] = [
      ['null', [null]],
      ['a missing payload', []],
      ['a number', [42]],
      ['a string', ['{}']],
      ['an array', [[{ meetingId: 'h' }]]],
    ];
    const unpaired = await connect(t.hub.url);
    try {
      for (const name of COMMAND_NAMES) {
        for (const [what, args] of payloads) {
          for (const socket of [secretariat, unpaired]) {
            const ack = await new Promise<{ ok: boolean; code?: string }>((resolve) => {
              (socket as unknown as { emit: (...a: unknown[]) => void }).emit(name, ...args, resolve);
            });
            expect(ack.ok, `${name} with ${what}`).toBe(false);
            expect(['bad_request', 'forbidden', 'not_signed_in', 'not_paired'], `${name} with ${what}: ${ack.code}`).toContain(ack.code);
          }
        }
      }
      // The secretariat may send pairing.rotate: null is refused as a payload, not read as "no fields".
      expect(await emitRaw(secretariat, 'pairing.rotate', null)).toMatchObject({ ok: false, code: 'bad_request' });
      expect(await emitRaw(unpaired, 'device.pair', null)).toMatchObject({ ok: false, code: 'bad_request' });
    } finally {
      unpaired.disconnect();
    }
    await unchanged();
  });

  it('refuses requests from a foreign page origin, over HTTP and at the Socket.IO handshake', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${t.hub.port + 1}`, 'file://']) {
      for (const path of ['/api/documents', '/api/tickets', '/api/packs', '/api/meetings/h/delegates/preview']) {
        const res = await fetch(`${t.hub.url}${path}`, { method: 'POST', headers: { ...auth, Origin: origin }, body: '{}' });
        expect(res.status, `${origin} ${path}`).toBe(403);
        expect(await res.json()).toMatchObject({ ok: false, code: 'forbidden' });
      }
      for (const transport of ['websocket', 'polling'] as const) {
        const error = await new Promise<Error & { data?: { code?: string } }>((resolve, reject) => {
          const socket = io(t.hub.url, {
            auth: { protocolVersion: PROTOCOL_VERSION },
            extraHeaders: { Origin: origin },
            transports: [transport],
            reconnection: false,
            forceNew: true,
          });
          socket.on('connect', () => reject(new Error(`${origin} connected over ${transport}`)));
          socket.on('connect_error', (e) => {
            socket.close();
            resolve(e);
          });
        });
        expect(error.data, `${origin} over ${transport}`).toMatchObject({ code: 'forbidden' });
      }
    }
    // The hub's own pages pass: the address it was reached at, and the loopback the desktop app uses.
    for (const origin of [t.hub.url, `http://localhost:${t.hub.port}`]) {
      const res = await fetch(`${t.hub.url}/api/tickets`, { method: 'POST', headers: { ...auth, Origin: origin }, body: JSON.stringify({ path: '/api/meetings/h/pack' }) });
      expect(res.status).toBe(201);
      const socket = await connect(t.hub.url);
      socket.disconnect();
    }
    await unchanged();
  });

  it('answers a range past the end of a document with 416 and its size', async () => {
    const bytes = fixture('habibi.pdf');
    const upload = await fetch(`${t.hub.url}/api/documents`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) });
    const { sha256 } = (await upload.json()) as { sha256: string };
    const res = await fetch(`${t.hub.url}/api/documents/${sha256}`, { headers: { Authorization: `Bearer ${token}`, Range: `bytes=${bytes.length + 10}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    expect(await res.json()).toMatchObject({ ok: false, code: 'bad_request' });
    const inside = await fetch(`${t.hub.url}/api/documents/${sha256}`, { headers: { Authorization: `Bearer ${token}`, Range: 'bytes=0-9' } });
    expect(inside.status).toBe(206);
  });

  it('marks every /api answer nosniff and no-store (unless it is a cacheable document)', async () => {
    const head = await fetch(`${t.hub.url}/api/health`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const answers = [
      head,
      await fetch(`${t.hub.url}/api/health`),
      await fetch(`${t.hub.url}/api/nope`),
      await fetch(`${t.hub.url}/api/meetings/h/badges.pdf`),
      await fetch(`${t.hub.url}/api/tickets`, { method: 'POST', body: '{}' }),
      await fetch(`${t.hub.url}/api/documents/${'a'.repeat(64)}`, { headers: { Authorization: `Bearer ${token}` } }),
    ];
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('cache-control'), res.url).toBe('no-store');
    }
  });

  it('keeps the data folder to its own user: folders 0700, files 0600', () => {
    const walk = (path: string): string[] => [path, ...(statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => walk(join(path, n))) : [])];
    const modes = walk(dir.path).map((path) => [path.slice(dir.path.length) || '/', (statSync(path).mode & 0o777).toString(8)]);
    expect(modes.find(([path]) => path === '/roundtable.db-wal')).toBeDefined();
    for (const [path, mode] of modes) expect(mode, path).toBe(statSync(join(dir.path, path!)).isDirectory() ? '700' : '600');
  });
});

describe('a log flood', () => {
  it('from an unpaired socket and malformed requests leaves the log small, with no stack for a client’s error', async () => {
    const dir = tempDir();
    try {
      const t = await startTestHub({ dataDir: dir.path });
      const port = t.hub.port;
      const socket = await connect(t.hub.url);
      const huge = 'e'.repeat(900 * 1024);
      for (let i = 0; i < 20; i++) {
        const ack = await emitRaw(socket, `${huge}${i}`, { x: 'y'.repeat(1000) });
        expect(ack).toMatchObject({ ok: false, code: 'unknown_event' });
        // The answer does not echo the whole name back either.
        expect(JSON.stringify(ack).length).toBeLessThan(1000);
        (socket as unknown as { emit: (e: string) => void }).emit(`${huge}-no-ack-${i}`);
      }
      for (let i = 0; i < 200; i++) await rawRequest(port, requestText(`GET /${'%zz'.repeat(1300)}${i} HTTP/1.1`));
      for (let i = 0; i < 50; i++) await rawRequest(port, requestText(`GET /%2e%2e/${'x'.repeat(3000)} HTTP/1.1`));
      expect((await fetch(`${t.hub.url}/api/health`)).status).toBe(200);
      socket.disconnect();
      await t.stop();
      const logs = join(dir.path, 'logs');
      const files = readdirSync(logs);
      const bytes = files.reduce((sum, name) => sum + statSync(join(logs, name)).size, 0);
      expect(bytes).toBeLessThan(64 * 1024);
      const { readFileSync } = await import('node:fs');
      const lines = files.flatMap((name) => readFileSync(join(logs, name), 'utf8').trim().split('\n'));
      for (const line of lines) {
        expect(line.length).toBeLessThan(4000);
        expect(line).not.toContain('"stack"');
      }
      // The limiter says when it stops writing a client's lines, so the technician knows there was a flood.
      expect(lines.some((line) => line.includes('"muted":true'))).toBe(true);
    } finally {
      dir.remove();
    }
  });

  it.runIf(process.platform === 'linux')('logs from its own thread, with one log file open while it runs and none once it stopped', async () => {
    const { readFileSync, readlinkSync } = await import('node:fs');
    const loggingThreads = () =>
      readdirSync('/proc/self/task').filter((id) => {
        try {
          return readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim() === 'pino.transport';
        } catch {
          return false; // the thread ended while listing
        }
      }).length;
    const openLogs = (dataDir: string) =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(join(dataDir, 'logs'));
        } catch {
          return false; // closed while listing
        }
      }).length;
    for (let i = 0; i < 3; i++) {
      const dir = tempDir();
      const t = await startTestHub({ dataDir: dir.path });
      expect(loggingThreads()).toBe(0);
      expect(openLogs(dir.path)).toBe(1);
      await t.stop();
      expect(openLogs(dir.path)).toBe(0);
      dir.remove();
    }
  });
});
