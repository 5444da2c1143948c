import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { connect, nextPush, ok, send, startTestHub, type TestHub } from '../support/hub.ts';

describe('sessions and the handshake', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => t?.stop());

  it('refuses a client that speaks another protocol version, saying so', async () => {
    const socket = io(t.hub.url, { auth: { protocolVersion: 99 }, transports: ['websocket'], reconnection: false, forceNew: true });
    const error = await new Promise<Error & { data?: { code: string; message: string } }>((resolve) => socket.once('connect_error', resolve));
    socket.disconnect();
    expect(error.data?.code).toBe('protocol_mismatch');
    expect(error.data?.message).toContain(`protocol ${PROTOCOL_VERSION}`);
  });

  it('welcomes every connection with the protocol and hub versions', async () => {
    const socket = io(t.hub.url, { auth: { protocolVersion: 2 }, transports: ['websocket'], reconnection: false, forceNew: true });
    const welcome = await nextPush(socket as never, 'hub.welcome');
    socket.disconnect();
    expect(welcome).toMatchObject({ protocolVersion: 2, hubVersion: expect.any(String), hubId: expect.any(String) });
  });

  it('signs the secretariat in with the admin passcode, spaces and dashes aside; the hub decides the role; a wrong one is refused', async () => {
    const socket = await connect(t.hub.url);
    expect(await send(socket, 'session.signIn', { passcode: '0000-0000-0000' })).toMatchObject({ ok: false, code: 'bad_passcode' });
    // The admin passcode is the secretariat's: asking for another role with it is refused, and opens nothing.
    expect(await send(socket, 'session.signIn', { passcode: t.passcode, role: 'chair' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(socket, 'meeting.create', { title: 'Phiên họp', date: '2026-11-23' })).toMatchObject({ ok: false, code: 'not_signed_in' });
    const signedIn = await ok(socket, 'session.signIn', { passcode: t.passcode.replaceAll('-', ' ') });
    expect(signedIn.data).toMatchObject({ role: 'secretariat', token: expect.any(String) });
    socket.disconnect();
  });

  it('resumes a session from the handshake token, and tells a client whose token is dead', async () => {
    const first = await connect(t.hub.url);
    const { data } = await ok(first, 'session.signIn', { passcode: t.passcode, role: 'secretariat' });
    first.disconnect();

    const again = await connect(t.hub.url, { sessionToken: data.token });
    expect(await send(again, 'meeting.create', { title: 'Phiên họp', date: '2026-11-23' })).toMatchObject({ ok: true });
    await ok(again, 'session.signOut', {});
    // Signed out: a staff command from a guest needs signing in (not_signed_in), and this device never paired on its
    // own, so it may read nothing either (not_paired).
    expect(await send(again, 'meeting.create', { title: 'Phiên họp', date: '2026-11-23' })).toMatchObject({ ok: false, code: 'not_signed_in' });
    expect(await send(again, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    again.disconnect();

    const ended = io(t.hub.url, { auth: { protocolVersion: 2, sessionToken: data.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    const notice = await nextPush(ended as never, 'session.ended');
    ended.disconnect();
    // The session was signed out: the notice says so (the reason is kept with the ended session).
    expect(notice).toMatchObject({ code: 'signed_out', reason: expect.stringMatching(/signed out/) });
  });

  it('slows down guessing: the sixth wrong passcode in a minute is refused unseen', async () => {
    const socket = await connect(t.hub.url);
    for (let n = 0; n < 5; n++) await send(socket, 'session.signIn', { passcode: `9999-9999-999${n}` });
    expect(await send(socket, 'session.signIn', { passcode: t.passcode })).toMatchObject({ ok: false, code: 'rate_limited' });
    socket.disconnect();
  });
});
