// The room over HTTPS: a real hub with its own CA, reached as a tablet that installed the CA would reach it.
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { get as httpGet, request as httpRequest } from 'node:http';
import { get as httpsGet } from 'node:https';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../../main/hub/index.ts';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { connect, nextPush, ok, signIn, startTestHub, tempDir, type TestHub } from '../support/hub.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function plain(url: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The chain the hub presents on a TLS handshake for `servername` (SNI), trusting only the room CA. */
function handshake(port: number, ca: string, servername: string): Promise<{ chain: X509Certificate[]; authorized: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, ca, servername, rejectUnauthorized: false }, () => {
      const chain: X509Certificate[] = [];
      let peer: PeerCertificate & { issuerCertificate?: PeerCertificate } = socket.getPeerCertificate(true);
      while (peer && peer.raw && !chain.some((c) => c.raw.equals(peer.raw))) {
        chain.push(new X509Certificate(peer.raw));
        peer = peer.issuerCertificate as typeof peer;
      }
      resolve({ chain, authorized: socket.authorized });
      socket.end();
    });
    socket.on('error', reject);
  });
}

describe('the hub over TLS', () => {
  let t: TestHub;
  let caUrl: string;
  let ca: string;
  beforeAll(async () => {
    t = await startTestHub({ tls: true });
    expect(t.hub.tls).not.toBeNull();
    caUrl = t.hub.tls!.caUrl;
    ca = t.hub.tls!.caPem;
  });
  afterAll(() => t.stop());

  it('answers over HTTPS with a certificate that names its addresses and chains to the room CA', async () => {
    expect(t.hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const { chain, authorized } = await handshake(t.hub.port, ca, 'localhost');
    expect(authorized).toBe(true);
    const [server, root] = chain;
    const roomCa = new X509Certificate(ca);
    expect(server!.checkIssued(roomCa)).toBe(true);
    expect(server!.verify(roomCa.publicKey)).toBe(true);
    expect(root!.raw.equals(roomCa.raw)).toBe(true);
    expect(roomCa.ca).toBe(true);
    expect(server!.ca).toBe(false);
    for (const name of ['localhost', '127.0.0.1', '::1']) {
      const isIp = name.includes('.') || name.includes(':');
      expect(isIp ? server!.checkIP(name) : server!.checkHost(name)).toBeTruthy();
    }
    expect(server!.checkHost('elsewhere.example')).toBeUndefined();
    // The room QR's fingerprint is the CA's: a tablet compares it with what it installed.
    expect(t.hub.tls!.fingerprint).toBe(roomCa.fingerprint256.replace(/:/g, '').toLowerCase());
    const body = await new Promise<string>((resolve, reject) =>
      httpsGet(`${t.hub.url}/api/health`, { ca }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve(text));
      }).on('error', reject),
    );
    expect(body).toContain('"ok":true');
  });

  it('refuses a client that does not trust the room CA', async () => {
    await expect(
      new Promise((resolve, reject) => httpsGet(`${t.hub.url}/api/health`, (res) => resolve(res.statusCode)).on('error', reject)),
    ).rejects.toThrow(/self[- ]signed|unable to (verify|get local issuer)/i);
  });

  it('carries Socket.IO over wss, and the room QR carries the fingerprint', async () => {
    const guest = io(t.hub.url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], reconnection: false, forceNew: true, ca });
    const welcome = await nextPush(guest as never, 'hub.welcome');
    guest.disconnect();
    expect(welcome.insecureHttp).toBe(false);
    const staff = await signIn(t.hub.url, t.passcode, 'chair');
    try {
      expect(staff.io.engine.transport.name).toBe('websocket');
      const { data } = await ok(staff, 'pairing.get', {});
      expect(data.fingerprint).toBe(t.hub.tls!.fingerprint);
      expect(data.urls.every((u) => u.startsWith('https://'))).toBe(true);
    } finally {
      staff.disconnect();
    }
  });

  it('keeps its keys for its own user only', () => {
    if (process.platform === 'win32') return;
    for (const name of ['room-ca.key', 'server.key', 'room-ca.crt', 'server.crt']) {
      expect(statSync(join(t.dataDir, 'tls', name)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(t.dataDir, 'tls')).mode & 0o777).toBe(0o700);
  });

  it('hands out only the room CA and its instructions over plain HTTP', async () => {
    const page = await plain(caUrl, 'GET', { 'Accept-Language': 'vi-VN,vi;q=0.9' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Tin cậy máy chủ phòng họp');
    for (const platform of ['android', 'ipados', 'windows', 'linux', 'managed']) expect(html).toContain(`id="${platform}"`);
    expect(html.replace(/:<wbr>/g, '').toLowerCase()).toContain(t.hub.tls!.fingerprint);
    const english = (await plain(`${caUrl}?lang=en`)).body.toString('utf8');
    expect(english).toContain('Trust the meeting room hub');

    const crt = await plain(`${caUrl}room-ca.crt`);
    expect(crt.status).toBe(200);
    expect(crt.headers['content-type']).toBe('application/x-x509-ca-cert');
    expect(new X509Certificate(crt.body).raw.equals(new X509Certificate(ca).raw)).toBe(true);
    const pem = await plain(`${caUrl}room-ca.pem`);
    expect(pem.body.toString('utf8')).toBe(ca);
    const profile = await plain(`${caUrl}roundtable-room.mobileconfig`);
    expect(profile.headers['content-type']).toBe('application/x-apple-aspen-config');
    expect(profile.body.toString('utf8')).toContain(new X509Certificate(ca).raw.toString('base64'));
    expect(profile.body.toString('utf8')).toContain('com.apple.security.root');
  });

  it('sends everything else to HTTPS, and serves no key, no API and no socket in clear text', async () => {
    const port = t.hub.port;
    for (const path of ['/tablet/demo?x=1', '/api/health', '/tls/room-ca.key', '/server.key', '/socket.io/?EIO=4&transport=polling']) {
      const answer = await plain(`${caUrl.replace(/\/$/, '')}${path}`, 'GET', { Host: `localhost:${t.hub.tls!.caPort}` });
      expect(answer.status, path).toBe(302);
      expect(answer.headers.location).toBe(`https://localhost:${port}${path}`);
      expect(answer.body.length).toBe(0);
    }
    const post = await plain(`${caUrl}api/documents`, 'POST');
    expect(post.status).toBe(307);
    // A Host the certificate does not name is not where the tablet is sent.
    const foreign = await plain(`${caUrl}x`, 'GET', { Host: 'evil.example' });
    expect(foreign.headers.location).toBe(`https://127.0.0.1:${port}/x`);
    // A plain WebSocket upgrade is not served.
    const upgrade = await new Promise<number | string>((resolve) => {
      const req = httpGet(`${caUrl}socket.io/?EIO=4&transport=websocket`, { headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
      req.on('upgrade', () => resolve('upgraded'));
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', () => resolve('closed'));
    });
    expect(upgrade).not.toBe('upgraded');
    await expect(connect(caUrl.replace(/\/$/, ''))).rejects.toThrow();
  });
});

describe('the room certificate over restarts', () => {
  it('keeps the CA and the server certificate across restarts (renewal: main/hub/tls/room-tls.test.ts)', async () => {
    const dir = tempDir();
    try {
      const first = await startHub({ dataDir: dir.path, port: 0, host: '127.0.0.1', webRoot: null, logToConsole: false });
      const fingerprint = first.tls!.fingerprint;
      await first.close();
      const serverCert = () => new X509Certificate(readFileSync(join(dir.path, 'tls', 'server.crt')));
      const before = serverCert();
      const second = await startHub({ dataDir: dir.path, port: 0, host: '127.0.0.1', webRoot: null, logToConsole: false });
      expect(second.tls!.fingerprint).toBe(fingerprint);
      expect(serverCert().serialNumber).toBe(before.serialNumber);
      await second.close();
    } finally {
      dir.remove();
    }
  });

  it('serves plain HTTP with --insecure-http, and says so to every screen', async () => {
    const t = await startTestHub();
    try {
      expect(t.hub.tls).toBeNull();
      expect(t.hub.url).toMatch(/^http:\/\//);
      const socket = io(t.hub.url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], reconnection: false, forceNew: true });
      const welcome = await nextPush(socket as never, 'hub.welcome');
      socket.disconnect();
      expect(welcome.insecureHttp).toBe(true);
    } finally {
      await t.stop();
    }
  });
});
