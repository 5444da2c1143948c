import { describe, expect, it } from 'vitest';
import { clientErrorAnswer, isClientFault, MAX_TARGET, methodAllowed, readTarget } from './guard.ts';

describe('readTarget', () => {
  it.each([
    ['/', '/', ''],
    ['/api/health', '/api/health', ''],
    ['/console/demo?tab=agenda', '/console/demo', '?tab=agenda'],
    ['/assets/index-abc.js', '/assets/index-abc.js', ''],
    ['/api/meetings/demo/', '/api/meetings/demo/', ''],
    ['/t%E1%BB%87p', '/t%E1%BB%87p', ''],
    ['/x?q=%zz', null, null],
    ['/x#frag', '/x', ''],
    ['http://192.168.1.10:4010/api/health?x=1', '/api/health', '?x=1'],
    ['HTTPS://hub.example/console', '/console', ''],
  ])('reads %s', (raw, pathname, search) => {
    const target = readTarget(raw);
    if (pathname === null) return expect(target.ok).toBe(false);
    if (!target.ok) throw new Error(target.message);
    expect([target.url.pathname, target.url.search]).toEqual([pathname, search]);
  });

  // One row per class of hostile target; each must be refused with a message, never throw.
  const refused: [string, string | undefined][] = [
    ['missing', undefined],
    ['empty', ''],
    ['scheme-relative (the request that used to kill the hub)', '//x:99999/'],
    ['double slash inside', '/api//health'],
    ['absolute form, port out of range', 'http://x:99999/'],
    ['absolute form, bad host', 'http://[::1/'],
    ['absolute form, other scheme', 'ftp://x/'],
    ['asterisk form', '*'],
    ['authority form', 'example.com:443'],
    ['bare word', 'index.html'],
    ['bad escape', '/%zz'],
    ['truncated escape', '/abc%4'],
    ['lone percent', '/100%'],
    ['escape of invalid UTF-8', '/%C3%28'],
    ['encoded NUL', '/%00'],
    ['encoded line break', '/a%0d%0aSet-Cookie:x'],
    ['raw NUL', '/a\u0000b'],
    ['raw space', '/a b'],
    ['raw tab', '/a\tb'],
    ['raw DEL', '/a\u007fb'],
    ['raw 8-bit byte', '/t\u00e9p'],
    ['dot-dot', '/assets/../../etc/passwd'],
    ['encoded dot-dot', '/assets/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', '/%2E%2e/x'],
    ['encoded slash dot-dot', '/assets%2f..%2f..%2fetc'],
    ['dot segment', '/./index.html'],
    ['backslash', '/assets\\..\\x'],
    ['encoded backslash', '/assets%5c..%5cx'],
    ['overlong', `/${'a'.repeat(MAX_TARGET)}`],
  ];
  it.each(refused)('refuses %s', (_what, raw) => {
    const target = readTarget(raw);
    expect(target.ok).toBe(false);
    if (!target.ok) expect(target.message.length).toBeGreaterThan(10);
  });

  it('never throws on random bytes (1,000 targets, seeded)', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 1000; i++) {
      const length = Math.floor(rand() * 40);
      const text = Array.from({ length }, () => String.fromCharCode(Math.floor(rand() * 256))).join('');
      for (const raw of [text, `/${text}`, `http://${text}`, `/%${text}`]) {
        const target = readTarget(raw);
        if (target.ok) expect(target.url.pathname.startsWith('/')).toBe(true);
      }
    }
  });
});

describe('methodAllowed', () => {
  it('answers GET, HEAD and POST only', () => {
    expect(['GET', 'HEAD', 'POST'].map(methodAllowed)).toEqual([true, true, true]);
    expect(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'get', '', undefined].map(methodAllowed)).toEqual(Array(9).fill(false));
  });
});

describe('clientErrorAnswer', () => {
  const parse = (answer: string | null) => {
    const [head = '', body = ''] = (answer ?? '').split('\r\n\r\n');
    return { status: head.split('\r\n')[0], head, body: JSON.parse(body) as { ok: boolean; code: string } };
  };
  it('answers a parse error with a JSON 400 that closes the connection, 431 for headers too large', () => {
    const bad = parse(clientErrorAnswer(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' })));
    expect(bad.status).toBe('HTTP/1.1 400 Bad Request');
    expect(bad.head).toContain('Connection: close');
    expect(bad.body).toMatchObject({ ok: false, code: 'bad_request' });
    expect(parse(clientErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }))).status).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(clientErrorAnswer(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeNull();
  });
  it('states the body length exactly', () => {
    const answer = clientErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_INVALID_URL' }))!;
    const length = Number(/Content-Length: (\d+)/.exec(answer)?.[1]);
    expect(Buffer.byteLength(answer.split('\r\n\r\n')[1]!)).toBe(length);
  });
});

describe('isClientFault', () => {
  it('tells a client that went away from a hub bug', () => {
    expect(isClientFault(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isClientFault(Object.assign(new Error('x'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }))).toBe(true);
    expect(isClientFault(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isClientFault(null)).toBe(false);
  });
});
