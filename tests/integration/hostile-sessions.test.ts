import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, expectHealthy, expectRefused, resetPasscodeFromCli, roomState, staffAttempts, staffSession, until } from '../support/hostile.ts';
import { connect, makeMeeting, nextPush, ok, pairedDevice, send, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { uploadFixture } from '../support/preload.ts';

/**
 * Every way a session ends ends it on every live connection holding it, at once: each is told `session.ended` with
 * the reason and is a guest from then on, whatever it sends. A connection the live notice missed (a session ended by
 * another process, or by the clock) is a guest at its next command, and is told by the hub's sweep.
 */
describe('hostile: a session that ended acts nowhere', () => {
  let t: TestHub;
  let passcode: string;
  let secretariat: TestSocket;
  let meetingId: string;
  let itemId: string;
  const docs = { open: '', restricted: '' };
  const opened: TestSocket[] = [];
  const keep = <S extends TestSocket>(s: S) => (opened.push(s), s);
  const doc = (sha: string, headers: Record<string, string>) => fetch(`${t.hub.url}/api/documents/${sha}`, { headers });

  beforeAll(async () => {
    t = await startTestHub({ sessionSweepMs: 250 });
    passcode = t.passcode;
    const staff = await staffSession(t.hub.url, passcode);
    secretariat = keep(staff.socket);
    const made = await makeMeeting(secretariat, 'hs');
    meetingId = made.meetingId;
    itemId = made.items.b;
    const upload = (file: string) => uploadFixture(t.hub.url, staff.token, file);
    docs.open = await upload('multicolumn.pdf');
    docs.restricted = await upload('habibi.pdf');
    await ok(secretariat, 'document.add', { meetingId, itemId: null, title: 'Chương trình', sha256: docs.open });
    await ok(secretariat, 'document.add', { meetingId, itemId, title: 'Tờ trình mật', sha256: docs.restricted, access: { kind: 'groups', groups: ['Thường trực'] } });
    await ok(secretariat, 'meeting.publish', { meetingId });
  }, 60_000);
  afterAll(async () => {
    for (const s of opened) s.disconnect();
    await t?.stop();
  });

  /** A staff session held by two live sockets (two tabs, or a copied token); the second acts before the end. */
  async function staffTwice() {
    const first = await staffSession(t.hub.url, passcode);
    const second = keep(await connect(t.hub.url, { sessionToken: first.token }));
    keep(first.socket);
    await ok(second, 'meeting.update', { meetingId, title: 'Phiên họp thử' });
    return { first: first.socket, second, token: first.token };
  }

  /** After the end: each attempt refused with a code, and nothing in the room changed. */
  async function cannotAct(socket: TestSocket, deviceId: string | null = null) {
    const before = await roomState(t.hub.url, passcode, meetingId);
    const codes = await expectRefused(socket, staffAttempts(meetingId, itemId, deviceId));
    expect(codes.every((c) => ['not_paired', 'not_signed_in', 'forbidden'].includes(c)), codes.join()).toBe(true);
    expect(await roomState(t.hub.url, passcode, meetingId)).toEqual(before);
    await expectHealthy(t.hub.url);
  }

  /** A delegate of the group signed in on a paired tablet, her session held by the tablet's socket and a second one. */
  async function delegateTwice(label: string) {
    const { delegateId } = (await ok(secretariat, 'delegate.add', { meetingId, fullName: `Đại biểu ${label}`, group: 'Thường trực' })).data;
    const badge = (await ok(secretariat, 'badge.issue', { meetingId, delegateId })).data;
    const tablet = await pairedDevice(t.hub.url, passcode, label);
    const { token } = (await ok(keep(tablet.socket), 'session.badgeSignIn', { meetingId, code: badge.token })).data;
    const second = keep(await tablet.reconnect({ sessionToken: token }));
    expect(await restrictedVisible(second)).toBe(true);
    expect((await doc(docs.restricted, tablet.headers(token))).status).toBe(200);
    return { tablet, second, token, delegateId, badge };
  }

  const restrictedVisible = async (socket: TestSocket) => {
    const ack = await send(socket, 'meeting.open', { meetingId });
    if (!ack.ok) return false;
    return ack.data.mode === 'snapshot' && ack.data.snapshot.documents.some((d) => d.sha256 === docs.restricted);
  };

  /** What a delegate whose session ended can no longer do: read the restricted document, resume, act as staff. */
  async function delegateCannotAct(d: Awaited<ReturnType<typeof delegateTwice>>, socket: TestSocket) {
    expect(await restrictedVisible(socket)).toBe(false);
    expect(await send(socket, 'session.resume', { token: d.token })).toMatchObject({ ok: false, code: 'session_expired' });
    expect((await doc(docs.restricted, d.tablet.headers(d.token))).status).toBe(401);
    await cannotAct(socket, d.tablet.deviceId);
  }

  it('sign-out: the other socket holding the session is told at once and can no longer act', async () => {
    const { first, second, token } = await staffTwice();
    const pushedToFirst = collect(first, 'session.ended');
    const told = nextPush(second, 'session.ended');
    await ok(first, 'session.signOut', {});
    expect(await told).toMatchObject({ code: 'signed_out', reason: expect.stringMatching(/signed out/) });
    await cannotAct(second);
    // The connection that signed out is not told about its own sign-out; the token is dead for a new connection too.
    expect(pushedToFirst).toEqual([]);
    const late = keep(await connect(t.hub.url, { sessionToken: token }));
    expect(await send(late, 'pairing.rotate', {})).toMatchObject({ ok: false, code: 'not_signed_in' });
  });

  it('passcode reset by the CLI, another process: every staff session ends, told by the sweep, refused at once', async () => {
    const { second } = await staffTwice();
    const another = await staffTwice();
    const told = nextPush(second, 'session.ended', 5_000);
    const newPasscode = await resetPasscodeFromCli(t.dataDir);
    // The next command is refused whether or not the sweep came first.
    expect(await send(another.second, 'pairing.rotate', {})).toMatchObject({ ok: false });
    expect(await told).toMatchObject({ code: 'passcode_reset' });
    expect(await send(second, 'session.signIn', { passcode, role: 'secretariat' })).toMatchObject({ ok: false });
    passcode = newPasscode;
    // The suite's own secretariat was signed out too: sign it in again with the new passcode.
    secretariat = keep((await staffSession(t.hub.url, passcode)).socket);
    await cannotAct(second);
    await cannotAct(another.first);
  });

  it('badge reissued: the sessions opened with the old badge end on every socket holding them', async () => {
    const d = await delegateTwice('reissue');
    const told = [nextPush(d.tablet.socket, 'session.ended'), nextPush(d.second, 'session.ended')];
    await ok(secretariat, 'badge.issue', { meetingId, delegateId: d.delegateId });
    for (const push of await Promise.all(told)) expect(push).toMatchObject({ code: 'badge_reissued' });
    await delegateCannotAct(d, d.second);
    expect(await send(d.tablet.socket, 'session.badgeSignIn', { meetingId, code: d.badge.token })).toMatchObject({ ok: false, code: 'badge_revoked' });
  });

  it('device revoked: its sessions end, its token stops working for sockets and HTTP at once', async () => {
    const d = await delegateTwice('revoke');
    const told = [nextPush(d.tablet.socket, 'session.ended'), nextPush(d.second, 'session.ended')];
    await ok(secretariat, 'device.revoke', { deviceId: d.tablet.deviceId });
    for (const push of await Promise.all(told)) expect(push).toMatchObject({ code: 'unpaired' });
    expect(await send(d.second, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    expect((await doc(docs.open, d.tablet.headers())).status).toBe(401);
    expect(await (await doc(docs.open, { Authorization: `Bearer ${d.tablet.deviceToken}` })).json()).toMatchObject({ code: 'session_expired' });
    const again = keep(await d.tablet.reconnect());
    expect(await send(again, 'meeting.list', {})).toMatchObject({ ok: false, code: 'not_paired' });
    await delegateCannotAct(d, d.second);
  });

  it('session moved to another tablet: both sockets of the first are told, and its token reads nothing there', async () => {
    const d = await delegateTwice('moved');
    const badge = (await ok(secretariat, 'badge.issue', { meetingId, delegateId: d.delegateId })).data;
    // Reissuing ended the session: sign in again on the first tablet, then move to a second one.
    const { token } = (await ok(d.tablet.socket, 'session.badgeSignIn', { meetingId, code: badge.token })).data;
    const second = keep(await d.tablet.reconnect({ sessionToken: token }));
    expect(await restrictedVisible(second)).toBe(true);
    const other = await pairedDevice(t.hub.url, passcode, 'moved-2');
    const told = [nextPush(d.tablet.socket, 'session.ended'), nextPush(second, 'session.ended')];
    await ok(keep(other.socket), 'session.badgeSignIn', { meetingId, code: badge.shortCode, takeOver: true });
    for (const push of await Promise.all(told)) expect(push).toMatchObject({ code: 'signed_in_elsewhere' });
    await delegateCannotAct({ ...d, token }, second);
  });

  it('a session row ended in the store (missed by every live notice) makes the connection a guest at its next command', async () => {
    const { second, token } = await staffTwice();
    const pushes = collect(second, 'session.ended');
    const db = new Database(join(t.dataDir, 'roundtable.db'));
    try {
      const hash = createHash('sha256').update(token).digest('hex');
      const ended = db.prepare("UPDATE sessions SET ended_at = ?, end_reason = 'revoked' WHERE token_hash = ? AND ended_at IS NULL").run(new Date().toISOString(), hash);
      expect(ended.changes).toBe(1);
    } finally {
      db.close();
    }
    // Refused whether the sweep or this command noticed first; told once either way.
    expect(await send(second, 'agenda.setCurrent', { meetingId, itemId })).toMatchObject({ ok: false, code: 'not_signed_in' });
    await until(() => pushes.length > 0, 2000, 'the connection told');
    expect(pushes).toEqual([expect.objectContaining({ code: 'revoked' })]);
    await cannotAct(second);
  });
});

/** Expiry needs no event: checked at every command, and swept so that idle screens are told. */
describe('hostile: an expired session acts nowhere', () => {
  const SESSION_HOURS = 1.2 / 3600;
  const hubs: TestHub[] = [];
  afterAll(async () => {
    for (const h of hubs) await h.stop();
  });

  for (const [how, sweepMs] of [['the sweep tells both sockets', 200], ['the next command finds it, with no sweep in time', 600_000]] as const) {
    it(`expires a staff session: ${how}`, async () => {
      const t = await startTestHub({ sessionHours: SESSION_HOURS, sessionSweepMs: sweepMs });
      hubs.push(t);
      const first = await staffSession(t.hub.url, t.passcode);
      const second = await connect(t.hub.url, { sessionToken: first.token });
      const pushes = [collect(first.socket, 'session.ended'), collect(second, 'session.ended')];
      expect(await send(second, 'pairing.get', {})).toMatchObject({ ok: true });
      const code = (await ok(first.socket, 'pairing.get', {})).data.code;
      await new Promise((r) => setTimeout(r, SESSION_HOURS * 3_600_000 + 300));
      if (sweepMs < 1000) await until(() => pushes.every((p) => p.length === 1), 3000, 'both sockets told');
      for (const socket of [second, first.socket]) {
        expect(await send(socket, 'pairing.rotate', {})).toMatchObject({ ok: false, code: 'not_signed_in' });
        expect(await send(socket, 'meeting.create', { title: 'Quá hạn', date: '2026-12-01' })).toMatchObject({ ok: false, code: 'not_signed_in' });
      }
      for (const p of pushes) expect(p).toEqual([expect.objectContaining({ code: 'expired' })]);
      const fresh = await staffSession(t.hub.url, t.passcode);
      expect((await ok(fresh.socket, 'pairing.get', {})).data.code).toBe(code);
      expect((await ok(fresh.socket, 'meeting.list', {})).data.meetings).toEqual([]);
      for (const s of [first.socket, second, fresh.socket]) s.disconnect();
      await expectHealthy(t.hub.url);
    }, 20_000);
  }
});
