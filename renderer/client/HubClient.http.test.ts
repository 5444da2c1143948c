import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../platform/index.ts';
import { HubClient } from './HubClient.ts';
import { HubError } from './errors.ts';
import { ok } from './testing/acks.ts';
import { fakeSocketFactory } from './testing/fakeSocket.ts';

describe('HubClient.uploadDocument', () => {
  it('posts the PDF with the session token and turns an error body into a HubError', async () => {
    const storage = memoryStorage();
    const calls: { url: string; init: RequestInit }[] = [];
    let status = 201;
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return status === 201
        ? new Response(JSON.stringify({ sha256: 'a'.repeat(64), pages: 3, bytes: 1200 }), { status })
        : new Response(JSON.stringify({ ok: false, code: 'bad_request', message: 'not a PDF' }), { status });
    }) as typeof globalThis.fetch;
    const fake = fakeSocketFactory();
    const client = new HubClient({ platform: { hubUrl: 'http://hub', deviceName: 't', storage }, createSocket: fake.factory, fetch });
    await expect(client.uploadDocument(new Blob(['%PDF']))).rejects.toMatchObject({ code: 'not_signed_in' });
    const session = { token: 'tok', role: 'secretariat', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    fake.socket().answers.set('session.signIn', () => ok(session));
    client.start();
    fake.socket().open();
    await client.signIn('x');
    await expect(client.uploadDocument(new Blob(['%PDF']))).resolves.toEqual({ sha256: 'a'.repeat(64), pages: 3, bytes: 1200 });
    expect(calls[0]?.url).toBe('http://hub/api/documents');
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    status = 400;
    await expect(client.uploadDocument(new Blob(['x']))).rejects.toMatchObject({ code: 'bad_request', message: 'not a PDF' });
    client.stop();
  });
});

describe('HubClient.fetchDocument', () => {
  const sha = 'b'.repeat(64);
  const pdf = new TextEncoder().encode('%PDF-1.7 a small document');

  function clientWith(answer: (url: string, init: RequestInit) => Response | Promise<Response>, storage = memoryStorage()) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer(url, init);
    }) as typeof globalThis.fetch;
    const fake = fakeSocketFactory();
    const client = new HubClient({ platform: { hubUrl: 'http://hub', deviceName: 't', storage }, createSocket: fake.factory, fetch });
    return { client, calls, socket: fake.socket() };
  }

  /** A body that arrives in pieces, as a large download does. */
  const streamed = (bytes: Uint8Array, pieces: number, headers: Record<string, string> = {}) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          const size = Math.ceil(bytes.length / pieces);
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
      { status: 200, headers: { 'Content-Type': 'application/pdf', ...headers } },
    );

  it('downloads the bytes without a token as a guest, reporting progress against Content-Length', async () => {
    const { client, calls } = clientWith(() => streamed(pdf, 3, { 'Content-Length': String(pdf.length) }));
    expect(client.documentUrl(sha)).toBe(`http://hub/api/documents/${sha}`);
    const progress: { loaded: number; total: number | null }[] = [];
    const bytes = await client.fetchDocument(sha, { onProgress: (p) => progress.push(p) });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 a small document');
    expect(calls[0]?.url).toBe(`http://hub/api/documents/${sha}`);
    expect(calls[0]?.init.headers).toEqual({});
    expect(progress[0]).toEqual({ loaded: 0, total: pdf.length });
    expect(progress.at(-1)).toEqual({ loaded: pdf.length, total: pdf.length });
    expect(progress.length).toBeGreaterThanOrEqual(4);
  });

  it('says the total is unknown when the hub does not send a length', async () => {
    const { client } = clientWith(() => streamed(pdf, 2));
    const progress: { loaded: number; total: number | null }[] = [];
    await client.fetchDocument(sha, { onProgress: (p) => progress.push(p) });
    expect(progress.every((p) => p.total === null)).toBe(true);
  });

  it("sends the paired device's token when there is no session", async () => {
    const storage = memoryStorage();
    storage.setItem('roundtable.deviceToken', 'device-tok');
    const { client, calls } = clientWith(() => streamed(pdf, 1), storage);
    await client.fetchDocument(sha);
    expect(calls[0]?.init.headers).toEqual({ 'X-Device-Token': 'device-tok' });
  });

  it("sends the session token with the paired device's token, which a session opened on it needs beside it", async () => {
    const storage = memoryStorage();
    storage.setItem('roundtable.deviceToken', 'device-tok');
    const { client, calls, socket } = clientWith(() => streamed(pdf, 1), storage);
    const session = { token: 'delegate-tok', role: 'delegate', delegateId: 'd1', meetingId: 'm', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    socket.answers.set('session.badgeSignIn', () => ok(session));
    client.start();
    socket.open();
    await client.badgeSignIn('m', 'ABCD-EFGH');
    await client.fetchDocument(sha);
    expect(calls[0]?.init.headers).toEqual({ Authorization: 'Bearer delegate-tok', 'X-Device-Token': 'device-tok' });
    const response = await client.requestDocument(sha, 10);
    expect(response.ok).toBe(true);
    expect(calls[1]?.init.headers).toEqual({ Authorization: 'Bearer delegate-tok', 'X-Device-Token': 'device-tok', Range: 'bytes=10-' });
    client.stop();
  });

  it('sends the session token as a bearer header once signed in', async () => {
    const { client, calls, socket } = clientWith(() => streamed(pdf, 1));
    const session = { token: 'chair-tok', role: 'chair', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    socket.answers.set('session.signIn', () => ok(session));
    client.start();
    socket.open();
    await client.signIn('x');
    await client.fetchDocument(sha);
    expect(calls[0]?.init.headers).toEqual({ Authorization: 'Bearer chair-tok' });
    client.stop();
  });

  it.each([
    [401, 'not_signed_in'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [401, 'not_paired'],
  ])('turns an HTTP %i with code %s into a HubError of that code', async (status, code) => {
    const { client } = clientWith(() => new Response(JSON.stringify({ ok: false, code, message: 'no' }), { status }));
    await expect(client.fetchDocument(sha)).rejects.toMatchObject({ name: 'HubError', code, message: 'no' });
  });

  it('reports a bare 404 as not_found and an unreachable hub as network', async () => {
    await expect(clientWith(() => new Response('gone', { status: 404 })).client.fetchDocument(sha)).rejects.toMatchObject({ code: 'not_found' });
    const offline = clientWith(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.client.fetchDocument(sha)).rejects.toMatchObject({ code: 'network', message: 'Failed to fetch' });
  });

  it('rejects as an abort, not as a hub error, when the caller aborts', async () => {
    const controller = new AbortController();
    const { client } = clientWith((_url, init) => {
      controller.abort();
      return Promise.reject(init.signal?.reason as Error);
    });
    const failure: unknown = await client.fetchDocument(sha, { signal: controller.signal }).catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(HubError);
    expect((failure as Error).name).toBe('AbortError');
  });
});
