import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../platform/index.ts';
import { HubClient } from './HubClient.ts';
import { flush, ok, snapshot } from './testing/acks.ts';
import { fakeSocketFactory, type FakeSocket } from './testing/fakeSocket.ts';

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
