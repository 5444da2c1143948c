import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.ts';
import { ok, pairedDevice, signIn, staffSession, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';


describe('the hub over HTTP', () => {
  let t: TestHub;
  let web: { path: string; remove(): void };
  let secretariat: TestSocket;
  let token: string;
  const base = () => t.hub.url;

  const upload = (bytes: Uint8Array, auth = `Bearer ${token}`) =>
    fetch(`${base()}/api/documents`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'Content-Type': 'application/pdf', Authorization: auth } });

  beforeAll(async () => {
    web = tempDir('roundtable-web-');
    mkdirSync(join(web.path, 'assets'));
    writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>Roundtable</title><div id="root"></div>');
    writeFileSync(join(web.path, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(web.path, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    t = await startTestHub({ webRoot: web.path });
    secretariat = await signIn(base(), t.passcode, 'secretariat');
    // The same sign-in again, to hold a token for the HTTP requests.
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
    web?.remove();
  });

  it('answers health with version, uptime and meeting count', async () => {
    const res = await fetch(`${base()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: expect.any(String), uptimeSeconds: expect.any(Number), meetings: 0 });
  });

  it('serves the web client at / and on client routes, with a strict CSP', async () => {
    for (const path of ['/', '/console/demo', '/tablet/m1']) {
      const res = await fetch(`${base()}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    const asset = await fetch(`${base()}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base()}/assets/missing.js`)).status).toBe(404);
  });

  it("serves the app shell's service worker so that every check for a new build reaches the hub", async () => {
    const res = await fetch(`${base()}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers unknown API paths with a JSON error and a code', async () => {
    const res = await fetch(`${base()}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, code: 'not_found', message: expect.stringContaining('/api/nothing-here') });
  });

  it('accepts a real PDF upload from the secretariat and serves it with ETag, ranges and immutable caching', async () => {
    const bytes = fixture('multicolumn.pdf');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const res = await upload(bytes);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, sha256, pages: 3, bytes: bytes.length, title: null });

    await ok(secretariat, 'meeting.create', { id: 'h', title: 'Phiên họp', date: '2026-11-23' });
    await ok(secretariat, 'document.add', { meetingId: 'h', itemId: null, title: 'Tài liệu', sha256 });
    await ok(secretariat, 'meeting.publish', { meetingId: 'h' });

    const device = await pairedDevice(base(), t.passcode);
    device.socket.disconnect();
    const asDevice = { Authorization: `Bearer ${device.deviceToken}` };
    expect((await fetch(`${base()}/api/documents/${sha256}`)).status).toBe(401);
    const whole = await fetch(`${base()}/api/documents/${sha256}`, { headers: asDevice });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('etag')).toBe(`"${sha256}"`);
    expect(whole.headers.get('cache-control')).toContain('immutable');
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);

    const part = await fetch(`${base()}/api/documents/${sha256}`, { headers: { ...asDevice, Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);

    const tail = await fetch(`${base()}/api/documents/${sha256}`, { headers: { ...asDevice, Range: `bytes=${bytes.length - 10}-` } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 10))).toBe(true);

    // node:http, not fetch: fetch adds `Cache-Control: no-cache` to conditional requests, which forbids a 304.
    const unchanged = await new Promise<number>((resolve, reject) =>
      get(`${base()}/api/documents/${sha256}`, { headers: { ...asDevice, 'If-None-Match': `"${sha256}"` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject),
    );
    expect(unchanged).toBe(304);
  });

  it.each([
    ['not-a-pdf.pdf', 'not_pdf'],
    ['libreoffice-writer-password.pdf', 'encrypted'],
    ['unreadablemetadata.pdf', 'damaged'],
  ])('refuses %s with a reason, storing nothing', async (name, reason) => {
    const res = await upload(fixture(name));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; reason: string; message: string };
    expect(body).toMatchObject({ ok: false, code: 'bad_document', reason });
    expect(body.message.length).toBeGreaterThan(10);
    const sha256 = createHash('sha256').update(fixture(name)).digest('hex');
    expect((await fetch(`${base()}/api/documents/${sha256}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('refuses an empty upload and an upload without a secretariat session', async () => {
    expect(await (await upload(new Uint8Array())).json()).toMatchObject({ code: 'bad_document', reason: 'empty' });
    const anonymous = await fetch(`${base()}/api/documents`, { method: 'POST', body: new Uint8Array(fixture('habibi.pdf')) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'not_signed_in' });
    const { socket: chair, token: chairToken } = await staffSession(base(), t.passcode, 'chair');
    chair.disconnect();
    const res = await upload(fixture('habibi.pdf'), `Bearer ${chairToken}`);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden' });
  });

  it('keeps a staff-only document from guests, whatever URL they try', async () => {
    const bytes = fixture('habibi.pdf');
    const { sha256 } = (await (await upload(bytes)).json()) as { sha256: string };
    await ok(secretariat, 'document.add', { meetingId: 'h', itemId: null, title: 'Mật', sha256, access: { kind: 'staff' } });
    for (const url of [`/api/documents/${sha256}`, `/api/documents/${sha256}?download=1`, `/api/documents/${sha256}?token=forged`]) {
      const res = await fetch(`${base()}${url}`);
      expect([401, 403]).toContain(res.status);
    }
    expect((await fetch(`${base()}/api/documents/${sha256.toUpperCase()}`)).status).toBe(404);
    // A session token in the URL counts for nothing (it would leak through history and logs): the header does.
    expect((await fetch(`${base()}/api/documents/${sha256}?token=${token}`)).status).toBe(401);
    expect((await fetch(`${base()}/api/documents/${sha256}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
