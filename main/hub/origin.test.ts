import { describe, expect, it } from 'vitest';
import { checkOrigin, ownOrigins } from './origin.ts';

const own = { port: 4010, roomUrls: ['http://192.168.1.10:4010', 'http://10.0.0.5:4010'] };

describe('checkOrigin', () => {
  it.each([
    ['no Origin (CLI, socket.io-client in Node, curl)', undefined, '192.168.1.10:4010'],
    ['the address the page was reached at', 'http://192.168.1.10:4010', '192.168.1.10:4010'],
    ['a host name the hub was reached by', 'http://phonghop.local:4010', 'phonghop.local:4010'],
    ['the same host, default port', 'http://hub.example', 'hub.example'],
    ['case differences in the host', 'http://HUB.example:4010', 'hub.EXAMPLE:4010'],
    ['another room address than the one in Host', 'http://10.0.0.5:4010', '192.168.1.10:4010'],
    ['the desktop app (loopback on the hub port)', 'http://127.0.0.1:4010', 'localhost:4010'],
    ['localhost', 'http://localhost:4010', undefined],
    ['IPv6 loopback', 'http://[::1]:4010', undefined],
    ['the dev server, reached as itself', 'http://localhost:5173', 'localhost:5173'],
    ['the desktop app’s own scheme, exactly', 'app://roundtable', '192.168.1.10:4010'],
  ])('allows %s', (_what, origin, host) => {
    expect(checkOrigin(origin, host, own)).toEqual({ ok: true });
  });

  it.each([
    ['another site', 'http://evil.example', '192.168.1.10:4010'],
    ['another port on the hub machine', 'http://192.168.1.10:8080', '192.168.1.10:4010'],
    ['loopback on another port', 'http://127.0.0.1:8080', '127.0.0.1:4010'],
    ['a sandboxed frame or a file', 'null', '192.168.1.10:4010'],
    ['a file URL', 'file://', '192.168.1.10:4010'],
    ['an extension', 'chrome-extension://abcdef', '192.168.1.10:4010'],
    ['another host on the app scheme', 'app://roundtable.evil', '192.168.1.10:4010'],
    ['the app scheme with a port', 'app://roundtable:80', '192.168.1.10:4010'],
    ['the app scheme in capitals', 'APP://roundtable', '192.168.1.10:4010'],
    ['the app host on https', 'https://roundtable', '192.168.1.10:4010'],
    ['garbage', 'not a url', '192.168.1.10:4010'],
    ['a host that only prefixes the hub', 'http://192.168.1.10:40100', '192.168.1.10:4010'],
    ['a Host header that is not a host', 'http://evil.example', 'evil.example/path'],
    ['no Host, foreign page', 'http://evil.example', undefined],
    ['a huge origin', `http://${'a'.repeat(100_000)}.example`, 'hub:4010'],
  ])('refuses %s', (_what, origin, host) => {
    const verdict = checkOrigin(origin, host, own);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message.length).toBeLessThan(300);
  });

  it('lists the hub’s own origins', () => {
    expect([...ownOrigins(own)].sort()).toEqual(
      [
        'http://10.0.0.5:4010',
        'http://192.168.1.10:4010',
        ...['http', 'https'].flatMap((scheme) => ['127.0.0.1', '[::1]', 'localhost'].map((host) => `${scheme}://${host}:4010`)),
      ].sort(),
    );
    // A room address over HTTPS is its own origin, not its http:// twin.
    expect(ownOrigins({ port: 4010, roomUrls: ['https://192.168.1.10:4010'] }).has('http://192.168.1.10:4010')).toBe(false);
    expect([...ownOrigins({ port: 0, roomUrls: [] })]).toEqual([]);
  });
});
