import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { memoryStorage } from '../platform/index.ts';
import { COMMAND_TIMEOUT_MS, HubClient, NOT_PUBLISHED_RETRY_MS, OFFLINE_AFTER_MS } from './HubClient.ts';
import { HubError } from './errors.ts';
import { fakeSocketFactory, type FakeSocket } from './testing/fakeSocket.ts';

const ok = (data: unknown, revision: number | null = null) => ({ ok: true, revision, data });

function snapshot(revision: number, currentItemId: string | null = null): MeetingSnapshot {
  return {
    revision,
    meeting: { id: 'demo', title: 'Kỳ họp', date: '2025-03-01', place: 'Hội trường', status: 'published', currentItemId, currentSince: null, quorumRule: { kind: 'majority' } },
    agendaItems: [
      { id: 'a', parentId: null, position: 0, title: 'Khai mạc', description: '', durationMinutes: null },
      { id: 'b', parentId: null, position: 1, title: 'Báo cáo', description: '', durationMinutes: 30 },
    ],
    documents: [],
    delegates: [],
    attendance: [],
    quorum: { rule: { kind: 'majority' }, members: 0, present: 0, required: 1, missing: 1, reached: false },
  };
}

const setCurrent = (revision: number, itemId: string | null) => ({
  meetingId: 'demo',
  revision,
  changes: [{ collection: 'meeting', id: 'demo', value: { ...snapshot(0).meeting, currentItemId: itemId } }],
});

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('HubClient', () => {
  let client: HubClient;
  let socket: FakeSocket;
  let storage: ReturnType<typeof memoryStorage>;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
    const fake = fakeSocketFactory();
    client = new HubClient({ platform: { hubUrl: 'http://hub', deviceName: 'test', storage }, createSocket: fake.factory });
    socket = fake.socket();
    client.start();
  });

  afterEach(() => {
    client.stop();
    vi.useRealTimers();
  });

  it('sends the protocol version and the device name in the handshake, and no device id of its own making', () => {
    socket.open();
    const auth = socket.handshakes[0]!;
    expect(auth.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(auth.deviceName).toBe('test');
    expect(auth).not.toHaveProperty('deviceId');
    expect(auth.sessionToken).toBeUndefined();
    expect(storage.getItem('roundtable.deviceId')).toBeNull();
  });

  it('resolves with the data of an ok ack and rejects with a HubError otherwise', async () => {
    socket.answers.set('meeting.list', () => ok({ meetings: [] }));
    socket.answers.set('meeting.update', () => ({ ok: false, code: 'forbidden', message: 'no', issues: [] }));
    socket.open();
    await expect(client.send('meeting.list', {})).resolves.toEqual({ meetings: [] });
    const error = await client.send('meeting.update', { meetingId: 'demo', title: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'no' });
  });

  it('waits for the link before sending, and gives up after the timeout without sending later', async () => {
    const pending = client.send('meeting.list', {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(COMMAND_TIMEOUT_MS + 1);
    expect(await pending).toMatchObject({ code: 'timeout' });
    socket.open();
    expect(socket.sentNames()).not.toContain('meeting.list');
  });

  it('times out a command the hub never answers', async () => {
    socket.open();
    const pending = client.send('meeting.list', {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(COMMAND_TIMEOUT_MS + 1);
    expect(await pending).toMatchObject({ code: 'timeout' });
  });

  it('follows a meeting and applies consecutive pushes', async () => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(5) }));
    socket.open();
    client.follow('demo');
    await flush();
    expect(client.state.meeting?.snapshot?.revision).toBe(5);
    socket.push('meeting.changed', setCurrent(6, 'b'));
    expect(client.state.meeting?.snapshot?.meeting.currentItemId).toBe('b');
    expect(client.state.meeting?.snapshot?.revision).toBe(6);
    socket.push('meeting.changed', setCurrent(6, 'a'));
    expect(client.state.meeting?.snapshot?.meeting.currentItemId).toBe('b');
  });

  it('asks again now and then for a meeting not published yet, and opens it once it is; a missing one is left alone', async () => {
    let published = false;
    socket.answers.set('meeting.open', (input) =>
      (input as { meetingId: string }).meetingId !== 'demo'
        ? { ok: false, code: 'not_found', message: 'no such meeting' }
        : published
          ? ok({ mode: 'snapshot', snapshot: snapshot(7) })
          : { ok: false, code: 'not_published', message: 'not published yet' },
    );
    socket.open();
    client.follow('demo');
    await flush();
    expect(client.state.meeting?.error).toMatchObject({ code: 'not_published' });
    await vi.advanceTimersByTimeAsync(NOT_PUBLISHED_RETRY_MS);
    expect(client.state.meeting?.error).toMatchObject({ code: 'not_published' });
    published = true;
    await vi.advanceTimersByTimeAsync(NOT_PUBLISHED_RETRY_MS);
    expect(client.state.meeting?.snapshot?.revision).toBe(7);
    expect(client.state.meeting?.error).toBeNull();

    client.follow('other');
    await flush();
    const asked = socket.sentNames().filter((n) => n === 'meeting.open').length;
    await vi.advanceTimersByTimeAsync(NOT_PUBLISHED_RETRY_MS * 3);
    expect(client.state.meeting?.error).toMatchObject({ code: 'not_found' });
    expect(socket.sentNames().filter((n) => n === 'meeting.open').length).toBe(asked);
  });

  it('asks for what it missed when a push skips a revision', async () => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(5) }));
    socket.open();
    client.follow('demo');
    await flush();
    socket.answers.set('meeting.open', (input) => {
      expect(input).toEqual({ meetingId: 'demo', sinceRevision: 5 });
      return ok({ mode: 'changes', revision: 7, changes: setCurrent(7, 'a').changes });
    });
    socket.push('meeting.changed', setCurrent(7, 'a'));
    await flush();
    expect(client.state.meeting?.snapshot?.revision).toBe(7);
    expect(client.state.meeting?.snapshot?.meeting.currentItemId).toBe('a');
  });

  it('replays pushes that arrive while the meeting is being opened', async () => {
    socket.hold('meeting.open');
    socket.open();
    client.follow('demo');
    await flush();
    // Two pushes overtake the answer to meeting.open (revision 5).
    socket.push('meeting.changed', setCurrent(6, 'b'));
    socket.push('meeting.changed', setCurrent(7, 'a'));
    socket.held[0]!(ok({ mode: 'snapshot', snapshot: snapshot(5) }));
    await flush();
    expect(client.state.meeting?.snapshot?.revision).toBe(7);
    expect(client.state.meeting?.snapshot?.meeting.currentItemId).toBe('a');
  });

  it('re-opens with sinceRevision after a reconnection', async () => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(5) }));
    socket.open();
    client.follow('demo');
    await flush();
    socket.drop();
    expect(client.state.connection.status).toBe('reconnecting');
    const opens: unknown[] = [];
    socket.answers.set('meeting.open', (input) => {
      opens.push(input);
      return ok({ mode: 'changes', revision: 8, changes: setCurrent(8, 'b').changes });
    });
    socket.open();
    await flush();
    expect(opens).toEqual([{ meetingId: 'demo', sinceRevision: 5 }]);
    expect(client.state.meeting?.snapshot?.revision).toBe(8);
    expect(client.state.connection.status).toBe('connected');
  });

  it('shows offline, with the time the link was lost, when reconnection takes long', async () => {
    socket.open();
    const lostAt = Date.now();
    socket.drop();
    await vi.advanceTimersByTimeAsync(OFFLINE_AFTER_MS + 1);
    expect(client.state.connection).toEqual({ status: 'offline', since: lostAt });
  });

  it('reports a protocol mismatch as fatal', async () => {
    socket.refuse('protocol_mismatch', 'Hub speaks protocol 2');
    expect(client.state.fatal).toEqual({ code: 'protocol_mismatch', message: 'Hub speaks protocol 2' });
    await expect(client.send('meeting.list', {})).rejects.toMatchObject({ code: 'protocol_mismatch' });
  });

  it('keeps the session token, sends it on reconnection and forgets it when the hub ends the session', async () => {
    const session = { token: 't1', role: 'chair', expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    socket.answers.set('session.signIn', () => ok(session));
    socket.answers.set('session.resume', () => ok(session));
    socket.open();
    await client.signIn('secret');
    // The hub decides the role from the credential: the client names none.
    expect(socket.sent.find((s) => s.name === 'session.signIn')?.input).toEqual({ passcode: 'secret' });
    expect(client.state.session?.role).toBe('chair');
    expect(storage.getItem('roundtable.sessions')).toContain('t1');
    socket.drop();
    socket.open();
    expect(socket.handshakes[1]?.sessionToken).toBe('t1');
    await flush();
    expect(socket.sentNames()).toContain('session.resume');
    socket.push('session.ended', { reason: 'signed out elsewhere' });
    expect(client.state.session).toBeNull();
    expect(client.state.sessionEnded).toBe('signed out elsewhere');
    expect(storage.getItem('roundtable.sessions')).not.toContain('t1');
  });

  it('resumes a kept session of a role, and drops it when the hub no longer knows it', async () => {
    const session = { token: 't2', role: 'secretariat', expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    storage.setItem('roundtable.sessions', JSON.stringify({ secretariat: session }));
    socket.answers.set('session.resume', () => ({ ok: false, code: 'session_expired', message: 'expired' }));
    socket.open();
    await expect(client.resumeStored('secretariat')).resolves.toBe(false);
    expect(storage.getItem('roundtable.sessions')).toBe('{}');
    await expect(client.resumeStored('chair')).resolves.toBe(false);
  });
});

describe('HubClient: pairing and the delegate session', () => {
  let storage: ReturnType<typeof memoryStorage>;
  const clients: HubClient[] = [];
  const later = () => new Date(Date.now() + 3_600_000).toISOString();
  const delegateSession = (token = 'd1', meetingId = 'demo') => ({ token, role: 'delegate', delegateId: 'p1', meetingId, expiresAt: later() });

  function start(): { client: HubClient; socket: FakeSocket } {
    const fake = fakeSocketFactory();
    const client = new HubClient({ platform: { hubUrl: 'http://hub', deviceName: 'Tablet A07', storage }, createSocket: fake.factory });
    clients.push(client);
    client.start();
    return { client, socket: fake.socket() };
  }

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.stop();
    vi.useRealTimers();
  });

  it('starts unpaired without a device token, pairs, keeps the token and sends it in every handshake', async () => {
    const { client, socket } = start();
    socket.answers.set('device.pair', (input) => {
      expect(input).toEqual({ code: '123456' });
      return ok({ deviceId: 'dev-hub-made', deviceToken: 'dev-token' });
    });
    socket.open();
    expect(socket.handshakes[0]?.deviceToken).toBeUndefined();
    expect(client.state.pairing).toEqual({ status: 'unpaired', reason: null });
    await client.pair('123456');
    expect(client.state.pairing).toEqual({ status: 'paired', reason: null });
    expect(storage.getItem('roundtable.deviceToken')).toBe('dev-token');
    // The id the hub made is kept beside the token, for people; the handshake proves the device with the token alone.
    expect(storage.getItem('roundtable.deviceId')).toBe('dev-hub-made');
    socket.drop();
    socket.open();
    expect(socket.handshakes[1]).toMatchObject({ deviceToken: 'dev-token' });
    expect(socket.handshakes[1]).not.toHaveProperty('deviceId');

    // A reload: the kept token is in the first handshake, and the device starts paired.
    const again = start();
    again.socket.open();
    expect(again.socket.handshakes[0]?.deviceToken).toBe('dev-token');
    expect(again.client.state.pairing.status).toBe('paired');
  });

  it('re-opens the followed meeting once paired', async () => {
    const { client, socket } = start();
    socket.answers.set('meeting.open', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
    socket.answers.set('device.pair', () => ok({ deviceId: 'x', deviceToken: 'dev-token' }));
    socket.open();
    client.follow('demo');
    await flush();
    expect(client.state.meeting?.error?.code).toBe('not_paired');
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(3) }));
    await client.pair('123456');
    await flush();
    expect(client.state.meeting?.snapshot?.revision).toBe(3);
    expect(client.state.meeting?.error).toBeNull();
  });

  it('forgets the device token when a command answers not_paired, with the reason the hub gave', async () => {
    storage.setItem('roundtable.deviceToken', 'old-token');
    const { client, socket } = start();
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(2) }));
    socket.open();
    expect(socket.handshakes[0]?.deviceToken).toBe('old-token');
    client.follow('demo');
    await flush();
    expect(client.state.pairing.status).toBe('paired');

    // The secretariat unpairs the tablet: the hub says why, then refuses to read.
    socket.answers.set('meeting.open', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
    socket.push('session.ended', { reason: 'The secretariat unpaired this device; pair it again to continue.' });
    await flush();
    expect(socket.sentNames().filter((n) => n === 'meeting.open')).toHaveLength(2);
    expect(client.state.pairing).toEqual({ status: 'unpaired', reason: 'The secretariat unpaired this device; pair it again to continue.' });
    expect(storage.getItem('roundtable.deviceToken')).toBeNull();
    socket.drop();
    socket.open();
    expect(socket.handshakes[1]?.deviceToken).toBeUndefined();
  });

  it('asks again (meeting.list) after session.ended when it follows nothing, to learn whether it is still paired', async () => {
    storage.setItem('roundtable.deviceToken', 'old-token');
    const { client, socket } = start();
    socket.answers.set('meeting.list', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
    socket.open();
    await flush();
    socket.push('session.ended', { reason: 'unpaired' });
    await flush();
    expect(socket.sentNames()).toEqual(['meeting.list']);
    expect(client.state.pairing).toEqual({ status: 'unpaired', reason: 'unpaired' });
  });

  it('keeps a token another tab stored meanwhile, and reconnects to present it', async () => {
    const { client, socket } = start();
    socket.answers.set('meeting.list', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
    socket.open();
    storage.setItem('roundtable.deviceToken', 'from-another-tab');
    const disconnect = vi.spyOn(socket, 'disconnect');
    await expect(client.send('meeting.list', {})).rejects.toMatchObject({ code: 'not_paired' });
    expect(disconnect).toHaveBeenCalled();
    expect(storage.getItem('roundtable.deviceToken')).toBe('from-another-tab');
  });

  it('signs a delegate in with a badge, keeps the session under "delegate" and resumes it after a reload', async () => {
    storage.setItem('roundtable.deviceToken', 'dev-token');
    const first = start();
    const inputs: unknown[] = [];
    first.socket.answers.set('session.badgeSignIn', (input) => {
      inputs.push(input);
      return inputs.length === 1
        ? { ok: false, code: 'session_elsewhere', message: 'You are signed in on another device (Chrome on Android).' }
        : ok(delegateSession());
    });
    first.socket.open();
    const refused = await first.client.badgeSignIn('demo', 'K7QM-2XHP').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'session_elsewhere' });
    expect(first.client.state.session).toBeNull();
    await first.client.badgeSignIn('demo', 'K7QM-2XHP', true);
    expect(inputs).toEqual([
      { meetingId: 'demo', code: 'K7QM-2XHP', takeOver: false },
      { meetingId: 'demo', code: 'K7QM-2XHP', takeOver: true },
    ]);
    expect(first.client.state.session).toMatchObject({ role: 'delegate', delegateId: 'p1', meetingId: 'demo' });
    expect(JSON.parse(storage.getItem('roundtable.sessions') ?? '{}')).toMatchObject({ delegate: { token: 'd1' } });

    // Reconnection: the handshake carries the session, and the client checks it.
    first.socket.answers.set('session.resume', () => ok(delegateSession()));
    first.socket.drop();
    first.socket.open();
    expect(first.socket.handshakes[1]).toMatchObject({ sessionToken: 'd1', deviceToken: 'dev-token' });

    // Reload: a new client resumes the kept delegate session, for its own meeting only.
    const second = start();
    const resumed: unknown[] = [];
    second.socket.answers.set('session.resume', (input) => {
      resumed.push(input);
      return ok(delegateSession());
    });
    second.socket.open();
    await expect(second.client.resumeStored('delegate', 'other-meeting')).resolves.toBe(false);
    expect(resumed).toEqual([]);
    await expect(second.client.resumeStored('delegate', 'demo')).resolves.toBe(true);
    expect(resumed).toEqual([{ token: 'd1' }]);
    expect(second.client.state.session).toMatchObject({ role: 'delegate', delegateId: 'p1' });
  });

  it('ends the delegate session when the hub moves it to another device, and forgets it', async () => {
    storage.setItem('roundtable.deviceToken', 'dev-token');
    const { client, socket } = start();
    socket.answers.set('session.badgeSignIn', () => ok(delegateSession()));
    socket.open();
    await client.badgeSignIn('demo', 'K7QM-2XHP');
    socket.push('session.ended', { reason: 'You signed in on another device; this one was signed out.' });
    expect(client.state.session).toBeNull();
    expect(client.state.sessionEnded).toBe('You signed in on another device; this one was signed out.');
    expect(client.state.pairing.status).toBe('paired');
    expect(storage.getItem('roundtable.sessions')).toBe('{}');
  });

  it('signs a delegate out: the hub is told and the kept session is dropped', async () => {
    storage.setItem('roundtable.deviceToken', 'dev-token');
    const { client, socket } = start();
    socket.answers.set('session.badgeSignIn', () => ok(delegateSession()));
    socket.answers.set('session.signOut', () => ok({}));
    socket.open();
    await client.badgeSignIn('demo', 'K7QM-2XHP');
    await client.signOut();
    expect(socket.sentNames()).toContain('session.signOut');
    expect(client.state.session).toBeNull();
    expect(client.state.sessionEnded).toBeNull();
    expect(storage.getItem('roundtable.sessions')).toBe('{}');
  });
});

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
