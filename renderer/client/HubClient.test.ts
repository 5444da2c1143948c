import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { memoryStorage } from '../platform/index.ts';
import { COMMAND_TIMEOUT_MS, HubClient, NOT_PUBLISHED_RETRY_MS, OFFLINE_AFTER_MS } from './HubClient.ts';
import { HubError } from './errors.ts';
import { flush, ok, setCurrent, snapshot } from './testing/acks.ts';
import { fakeSocketFactory, type FakeSocket } from './testing/fakeSocket.ts';

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
