// Conformance, part 1: the handshake, the order of checks every command passes, sessions, devices, staff, pairing,
// and every `session.ended` code, driven from docs/protocol.md alone (see client.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_DOMAINS,
  type Client,
  CODE_PLAN,
  COMMANDS,
  ENDED_CODES,
  ERROR_CODES,
  MEETING_PUSHES,
  ANNOTATION_PUSHES,
  PROTOCOL_DOC,
  PROTOCOL_VERSION,
  PUSHES,
  connect,
  covered,
  refusedHandshake,
  shortCodeOf,
} from './client.ts';
import { type ConformanceHub, startHub } from './hub.ts';

/** Session endings this file cannot cause through the protocol, and why. */
const ENDINGS_NOT_DRIVEN: Record<string, string> = {
  expired: 'only the clock ends a session that way (24 hours; a badge\'s last day)',
  passcode_reset: 'the admin passcode is reset from the CLI, not through the protocol',
  revoked: 'a session ended behind the hub\'s back, with no reason recorded',
};

let hub: ConformanceHub;
const open: Client[] = [];
const keep = (c: Client) => (open.push(c), c);
let secretariat: Client;
let secretariatToken: string;
const badges: Record<string, { token: string; shortCode: string; delegateId: string }> = {};

/** A device paired with the room's current code, as a tablet pairs. */
async function tablet(name: string) {
  const { code } = await secretariat.ok('pairing.get');
  const c = keep(await connect(hub.url, { deviceName: name }));
  const { deviceId, deviceToken } = await c.ok('device.pair', { code });
  return { c, deviceId, deviceToken };
}

/** A connection signed in with a credential: its session token beside it. */
async function signedIn(passcode: string, auth: Record<string, unknown> = {}) {
  const c = keep(await connect(hub.url, auth));
  const { token, role } = await c.ok('session.signIn', { passcode });
  return { c, token, role };
}

beforeAll(async () => {
  hub = await startHub();
  ({ c: secretariat, token: secretariatToken } = await signedIn(hub.passcode));
  await secretariat.ok('meeting.create', { id: 'a1', title: 'Phiên họp thường kỳ', date: '2026-11-23' });
  await secretariat.ok('meeting.create', { id: 'draft', title: 'Bản nháp', date: '2026-11-24' });
  for (const [id, fullName] of [['d1', 'Nguyễn Văn An'], ['d2', 'Trần Thị Bình'], ['d3', 'Lê Văn Cường']] as const) {
    const { delegateId } = await secretariat.ok('delegate.add', { meetingId: 'a1', fullName });
    badges[id] = { ...(await secretariat.ok('badge.issue', { meetingId: 'a1', delegateId })), delegateId };
  }
  await secretariat.ok('meeting.publish', { meetingId: 'a1' });
});

afterAll(async () => {
  for (const c of open) c.close();
  await hub?.stop();
});

describe('the hub as docs/protocol.md describes it: access', () => {
  it('refuses a handshake in another version, a version sent as text, and a foreign web page; welcomes the rest first', async () => {
    for (const auth of [{}, { protocolVersion: PROTOCOL_VERSION + 1 }, { protocolVersion: String(PROTOCOL_VERSION) }]) {
      const data = await refusedHandshake(hub.url, auth);
      expect(data, JSON.stringify(auth)).toMatchObject({ code: 'protocol_mismatch', hubProtocolVersion: PROTOCOL_VERSION, message: expect.any(String) });
      covered.codes.add(data.code);
    }
    expect((await refusedHandshake(hub.url, { protocolVersion: String(PROTOCOL_VERSION) })).message).toMatch(/number/);
    const foreign = await refusedHandshake(hub.url, { protocolVersion: PROTOCOL_VERSION }, { Origin: 'http://elsewhere.example' });
    expect(foreign).toMatchObject({ code: 'forbidden' });

    const guest = keep(await connect(hub.url));
    expect(guest.log[0]).toMatchObject({ kind: 'push', name: 'hub.welcome', body: { protocolVersion: PROTOCOL_VERSION, hubVersion: expect.any(String), hubId: expect.any(String) } });
    expect(Number.isNaN(Date.parse(guest.log[0]!.body.serverTime))).toBe(false);

    // A device token the hub does not know is told at once, not dropped: the connection can pair on the spot.
    const stale = keep(await connect(hub.url, { deviceToken: 'not-a-token-of-this-hub', sessionToken: 'nor-a-session' }));
    await stale.push('session.ended', (e) => e.code === 'unknown_session');
    expect(stale.log.slice(0, 3).map((e) => e.body.code ?? e.name)).toEqual(['hub.welcome', 'unpaired', 'unknown_session']);
    expect(await stale.code('meeting.list', {})).toBe('not_paired');
    await stale.ok('device.pair', { code: (await secretariat.ok('pairing.get')).code });
    expect((await stale.ok('meeting.list')).meetings.map((m: { id: string }) => m.id)).toEqual(['a1']);
  });

  it('checks every command in the documented order: session, event, role, pairing, payload object, schema, own rules', async () => {
    const order = PROTOCOL_DOC.slice(PROTOCOL_DOC.indexOf('**The order of checks.**'), PROTOCOL_DOC.indexOf('**Pushes and acknowledgements.**'));
    const at = (code: string) => order.indexOf(`\`${code}\``);
    for (const [a, b] of [['unknown_event', 'not_signed_in'], ['not_signed_in', 'not_paired'], ['not_paired', 'bad_request'], ['bad_request', 'not_found']] as const) {
      expect(at(a), `${a} before ${b}`).toBeGreaterThan(-1);
      expect(at(a)).toBeLessThan(at(b));
    }
    const waysIn = [.../except the ways in: (.+?)\. A signed-in/.exec(order)![1]!.matchAll(/`([a-zA-Z.]+)`/g)].map((m) => m[1]!);
    expect(waysIn.sort()).toEqual(['device.pair', 'session.resume', 'session.signIn']);

    // Each command, from a guest that never paired and from a paired one, with a payload that is not an object.
    const unpaired = keep(await connect(hub.url));
    const paired = (await tablet('Máy thứ tự')).c;
    expect(await unpaired.code('meeting.explode')).toBe('unknown_event');
    for (const { name, roles } of COMMANDS) {
      const forGuests = roles.includes('guest');
      expect(await unpaired.code(name, null), name).toBe(!forGuests ? 'not_signed_in' : waysIn.includes(name) ? 'bad_request' : 'not_paired');
      expect(await paired.code(name, null), name).toBe(forGuests ? 'bad_request' : 'not_signed_in');
    }
    // Another role: forbidden before the payload is looked at; a role allowed: the payload.
    const chairSecret = (await secretariat.ok('staff.issue', { role: 'chair', label: 'Chủ tọa' })).secret;
    const chair = (await signedIn(chairSecret)).c;
    expect(await chair.code('meeting.create', null)).toBe('forbidden');
    expect(await chair.code('agenda.setCurrent', null)).toBe('bad_request');
    // No payload at all, an array, a string: not an object. Then the schema, field by field. Then the command's rules.
    for (const payload of [[], [[]], ['a1']] as const) expect(await paired.code('meeting.open', ...payload)).toBe('bad_request');
    const schema = await paired.send('meeting.open', { meetingId: 'not an id!', extra: 1 });
    expect(schema).toMatchObject({ ok: false, code: 'bad_request' });
    // Each wrong field is named: the id's pattern, and the field the command does not declare (at the payload's root).
    expect(!schema.ok && schema.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['meetingId', '']));
    expect(await paired.code('meeting.open', { meetingId: 'nope' })).toBe('not_found');
    expect(await paired.code('meeting.open', { meetingId: 'draft' })).toBe('not_published');
    expect(await chair.ok('meeting.open', { meetingId: 'draft' })).toMatchObject({ mode: 'snapshot' });

    // The session first: ended on another connection, it ends here before the command, which is then a guest's.
    const second = keep(await connect(hub.url, { sessionToken: secretariatToken }));
    await secretariat.ok('session.signOut');
    await second.push('session.ended', (e) => e.code === 'signed_out');
    expect(await second.code('meeting.create', { title: 'x', date: '2026-01-01' })).toBe('not_signed_in');
    expect(secretariat.pushes('session.ended')).toEqual([]);
    ({ c: secretariat, token: secretariatToken } = await signedIn(hub.passcode));
  });

  it('signs staff in by credential, resumes, pairs and unpairs devices, rotates the pairing code, lists failures', async () => {
    expect(await keep(await connect(hub.url)).code('session.signIn', { passcode: '0000-0000-0000' })).toBe('bad_passcode');
    const issued = await secretariat.ok('staff.issue', { role: 'projector', label: 'Máy chiếu' });
    expect(issued.secret.replace(/\D/g, '')).toHaveLength(12);
    const asked = keep(await connect(hub.url));
    expect(await asked.code('session.signIn', { passcode: issued.secret, role: 'secretariat' })).toBe('forbidden');
    expect((await asked.ok('session.signIn', { passcode: issued.secret })).role).toBe('projector');
    const resumed = keep(await connect(hub.url));
    expect(await resumed.ok('session.resume', { token: secretariatToken })).toMatchObject({ role: 'secretariat', expiresAt: expect.any(String) });
    expect(await resumed.code('session.resume', { token: 'x'.repeat(43) })).toBe('session_expired');

    const rotated = secretariat.pushes('pairing.changed').length;
    const { code } = await secretariat.ok('pairing.rotate');
    expect((await secretariat.push('pairing.changed', (p) => p.code === code)).code).toBe(code);
    expect(secretariat.pushes('pairing.changed').length).toBe(rotated + 1);
    expect(await secretariat.ok('pairing.get')).toMatchObject({ code, urls: expect.any(Array) });
    expect(await keep(await connect(hub.url)).code('device.pair', { code: code === '000000' ? '111111' : '000000' })).toBe('bad_passcode');

    const t = await tablet('Máy tính bảng A07');
    const listed = (await secretariat.ok('device.list')).devices.find((d: { id: string }) => d.id === t.deviceId);
    expect(listed).toMatchObject({ name: 'Máy tính bảng A07', label: '', seat: '', online: true, revokedAt: null });
    await secretariat.ok('device.label', { deviceId: t.deviceId, label: 'Máy 7', seat: 'A-07' });
    const labelled = (await secretariat.ok('device.list')).devices.find((d: { id: string }) => d.id === t.deviceId);
    expect(labelled).toMatchObject({ name: 'Máy tính bảng A07', label: 'Máy 7', seat: 'A-07' });
    expect(await secretariat.code('device.label', { deviceId: 'dev-unknown', label: 'x' })).toBe('not_found');
    const again = keep(await connect(hub.url, { deviceToken: t.deviceToken }));
    expect(await again.ok('meeting.list')).toMatchObject({ meetings: expect.any(Array) });
    await secretariat.ok('device.revoke', { deviceId: t.deviceId });
    for (const c of [t.c, again]) {
      await c.push('session.ended', (e) => e.code === 'unpaired');
      expect(await c.code('meeting.list', {})).toBe('not_paired');
    }
    const { failures, lastHour } = await secretariat.ok('security.failures', { limit: 50 });
    expect(failures.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['passcode', 'pairing']));
    expect(lastHour).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'pairing', wrong: expect.any(Number) })]));

    const staff = await secretariat.ok('staff.list');
    const projector = staff.credentials.find((s: { id: string }) => s.id === issued.credential.id);
    expect(projector).toMatchObject({ role: 'projector', label: 'Máy chiếu', revokedAt: null, liveSessions: 1 });
    expect(await secretariat.ok('staff.revoke', { credentialId: issued.credential.id })).toEqual({ endedSessions: 1 });
    await asked.push('session.ended', (e) => e.code === 'credential_revoked');
    expect(await keep(await connect(hub.url)).code('session.signIn', { passcode: issued.secret })).toBe('bad_passcode');
  });

  it('signs delegates in with the badge or its short code, on paired tablets only, and ends their sessions as documented', async () => {
    const d1 = badges.d1!;
    expect(shortCodeOf(d1.token)).toBe(d1.shortCode);
    expect(await keep(await connect(hub.url)).code('session.badgeSignIn', { meetingId: 'a1', code: d1.shortCode })).toBe('not_paired');
    const a = await tablet('Máy A');
    const typed = d1.shortCode.toLowerCase().replace('-', ' ');
    const session = await a.c.ok('session.badgeSignIn', { meetingId: 'a1', code: typed });
    expect(session).toMatchObject({ role: 'delegate', delegateId: d1.delegateId, meetingId: 'a1' });
    // The session belongs to tablet A: presented by another connection without A's device token, it ends there.
    const copied = keep(await connect(hub.url, { sessionToken: session.token }));
    await copied.push('session.ended', (e) => e.code === 'other_device');
    // Reissuing the badge ends the sessions opened with the old one.
    await secretariat.ok('badge.issue', { meetingId: 'a1', delegateId: session.delegateId });
    await a.c.push('session.ended', (e) => e.code === 'badge_reissued');

    // Signed in elsewhere: asked first, moved with takeOver.
    const b = await tablet('Máy B');
    const c = await tablet('Máy C');
    await b.c.ok('session.badgeSignIn', { meetingId: 'a1', code: badges.d2!.token });
    expect(await c.c.code('session.badgeSignIn', { meetingId: 'a1', code: badges.d2!.token })).toBe('session_elsewhere');
    await c.c.ok('session.badgeSignIn', { meetingId: 'a1', code: badges.d2!.token, takeOver: true });
    await b.c.push('session.ended', (e) => e.code === 'signed_in_elsewhere');

    // Taken off the list: the delegate's sessions end.
    const d = await tablet('Máy D');
    const d3 = await d.c.ok('session.badgeSignIn', { meetingId: 'a1', code: badges.d3!.shortCode });
    await secretariat.ok('delegate.remove', { meetingId: 'a1', delegateId: d3.delegateId });
    await d.c.push('session.ended', (e) => e.code === 'removed');
    expect(await d.c.ok('meeting.list')).toMatchObject({ meetings: expect.any(Array) });
  });

  it('spaces out wrong badge codes per meeting: five a minute from one address, then rate_limited', async () => {
    await secretariat.ok('meeting.create', { id: 'a9', title: 'Phiên đếm', date: '2026-11-25' });
    await secretariat.ok('delegate.add', { meetingId: 'a9', fullName: 'Phạm Thị Dung' });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await secretariat.code('checkin.scan', { meetingId: 'a9', code: 'ZZZZ-ZZZ0' }));
    expect(codes).toEqual(['not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'rate_limited']);
    expect(PROTOCOL_DOC).toMatch(/badge short codes and signatures[^|]*\| 5 wrong a minute \|/);
  });

  it('drove every command of its domains, every push but the meeting\'s, every session ending, and its share of the codes', () => {
    const mine = COMMANDS.map((c) => c.name).filter((n) => ACCESS_DOMAINS.includes(n.split('.')[0]!));
    expect(mine.length).toBeGreaterThan(10);
    expect(mine.filter((n) => !covered.commands.has(n))).toEqual([]);
    expect(PUSHES.filter((p) => !MEETING_PUSHES.includes(p) && !ANNOTATION_PUSHES.includes(p) && !covered.pushes.has(p))).toEqual([]);
    expect(ENDED_CODES.filter((c) => !covered.ended.has(c) && !(c in ENDINGS_NOT_DRIVEN))).toEqual([]);
    expect(CODE_PLAN.access.filter((c) => !covered.codes.has(c))).toEqual([]);
    // Every code of the document is in the plan: a new one must be driven somewhere.
    const planned = [...CODE_PLAN.access, ...CODE_PLAN.meeting, ...CODE_PLAN.http, ...Object.keys(CODE_PLAN.notDriven)];
    expect(ERROR_CODES.filter((c) => !planned.includes(c))).toEqual([]);
    expect(planned.filter((c) => !ERROR_CODES.includes(c))).toEqual([]);
  });
});
