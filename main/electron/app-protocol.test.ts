import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolHandler, appUrl, resolveAppFile, APP_SCHEME_PRIVILEGES } from './app-protocol.ts';

const root = path.resolve('/opt/roundtable/dist/renderer');

describe('the app protocol', () => {
  it.each([
    ['the client’s route', 'app://roundtable/console/demo', path.join(root, 'index.html')],
    ['the root', 'app://roundtable/', path.join(root, 'index.html')],
    ['an asset', 'app://roundtable/assets/index-abc.js?x=1', path.join(root, 'assets', 'index-abc.js')],
    ['pdf.js data', 'app://roundtable/pdfjs/cmaps/78-H.bcmap', path.join(root, 'pdfjs', 'cmaps', '78-H.bcmap')],
  ])('serves %s from dist/renderer', (_what, url, file) => {
    const found = resolveAppFile(root, url);
    expect(found.ok && found.file).toBe(file);
  });

  it.each([
    ['a climb out', 'app://roundtable/../../etc/passwd.txt'],
    ['an encoded climb', 'app://roundtable/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd.txt'],
    ['an encoded slash', 'app://roundtable/assets%2f..%2f..%2fsecret.js'],
    ['a backslash', 'app://roundtable/assets\\..\\x.js'],
    ['a NUL', 'app://roundtable/a%00.js'],
    ['broken escapes', 'app://roundtable/%E0%A4%A.js'],
    ['another host', 'app://roundtable.evil/index.html'],
    ['another scheme', 'https://roundtable/index.html'],
    ['a dot file', 'app://roundtable/.env.js'],
  ])('refuses %s', (_what, url) => {
    const found = resolveAppFile(root, url);
    expect(found.ok).toBe(false);
  });

  it('registers a standard, secure scheme with fetch, and builds its URLs', () => {
    expect(APP_SCHEME_PRIVILEGES[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(appUrl('/tablet/m1')).toBe('app://roundtable/tablet/m1');
  });

  it('answers with the hub’s CSP plus exactly the one hub, and refuses other methods', async () => {
    const read: string[] = [];
    const handler = appProtocolHandler({
      root,
      hubOrigin: () => 'https://192.168.1.10:4010',
      readFile: async (file) => {
        read.push(file);
        return new TextEncoder().encode('<!doctype html>');
      },
    });
    const response = await handler({ url: 'app://roundtable/secretariat', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'self' https://192.168.1.10:4010 wss://192.168.1.10:4010");
    expect(csp).not.toMatch(/connect-src[^;]* wss:( |;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await response.text()).toBe('<!doctype html>');
    expect(read).toEqual([path.join(root, 'index.html')]);
    expect((await handler({ url: 'app://roundtable/', method: 'POST' })).status).toBe(405);
    expect((await handler({ url: 'app://roundtable/../x.js', method: 'GET' })).status).toBe(400);
  });

  it('says 404 for a missing file', async () => {
    const handler = appProtocolHandler({ root, hubOrigin: () => null, readFile: () => Promise.reject(new Error('ENOENT')) });
    expect((await handler({ url: 'app://roundtable/assets/gone.js', method: 'GET' })).status).toBe(404);
  });
});
